import { Composer } from 'grammy'
import { addressesBot, readCommand } from './addressing.js'
import { checkQuestion, readQuestion, replyWithAnswer, sendNotice } from './answer-handler.js'
import type { BotContext, BotServices } from './context.js'

const nonText = ['message:media', 'message:file', 'message:location', 'message:contact', 'message:poll', 'message:dice', 'message:venue'] as const

/**
 * Messages that are not commands: in private chats every text is a question; in groups only
 * mentions of the bot and replies to it are (with privacy mode on, Telegram sends nothing else but
 * commands). Other group chatter is ignored on purpose; so are edited messages (answering twice
 * would confuse). Invalid input gets one notice per window (see sendNotice), then silence.
 */
export function createConversation(services: BotServices): Composer<BotContext> {
  const conversation = new Composer<BotContext>()
  const privateChat = conversation.chatType('private')
  privateChat.on('message:text', async (ctx) => {
    if (ctx.msg.text.startsWith('/')) return sendNotice(ctx, services, ctx.messages.unknownCommand)
    await answerText(ctx, services, ctx.msg.text, ctx.msg.message_id)
  })
  privateChat.on([...nonText], (ctx) => sendNotice(ctx, services, ctx.messages.onlyText))
  const group = conversation.chatType(['group', 'supergroup'])
  group.on('message:text', async (ctx, next) => {
    if (!addressesBot(ctx.msg, ctx.me.id, ctx.me.username)) return next()
    // a /command@thisbot that the command handlers did not take is one this bot does not have
    if (readCommand(ctx.msg)?.target?.toLowerCase() === ctx.me.username.toLowerCase()) return sendNotice(ctx, services, ctx.messages.unknownCommand)
    await answerText(ctx, services, ctx.msg.text, ctx.msg.message_id)
  })
  group.on([...nonText], async (ctx, next) => {
    if (ctx.message === undefined || !addressesBot(ctx.message, ctx.me.id, ctx.me.username)) return next()
    await sendNotice(ctx, services, ctx.messages.onlyText)
  })
  return conversation
}

async function answerText(ctx: BotContext, services: BotServices, text: string, messageId: number): Promise<void> {
  const question = readQuestion(text, ctx.me.username)
  const problem = checkQuestion(question, ctx.messages)
  if (problem !== undefined) return sendNotice(ctx, services, problem)
  await replyWithAnswer(ctx, services, question, { replyToId: messageId })
}
