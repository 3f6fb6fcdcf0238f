import { Composer } from 'grammy'
import type { Message } from 'grammy/types'
import { checkQuestion, readQuestion, replyTo, replyWithAnswer, takeRate } from './answer-handler.js'
import type { BotContext, BotServices } from './context.js'

/**
 * Text messages: in private chats every text is a question; in groups only mentions of the bot and
 * replies to it are (with privacy mode on, Telegram sends nothing else but commands). Other group
 * chatter is ignored on purpose; so are edited messages (answering twice would confuse).
 */
export function createConversation(services: BotServices): Composer<BotContext> {
  const conversation = new Composer<BotContext>()
  conversation.chatType('private').on('message:text', async (ctx) => {
    if (ctx.msg.text.startsWith('/')) return void (await ctx.reply(ctx.messages.unknownCommand, replyTo(ctx.msg.message_id)))
    await answerText(ctx, services, ctx.msg.text, ctx.msg.message_id)
  })
  conversation.chatType('private').on(['message:media', 'message:file', 'message:location', 'message:contact', 'message:poll', 'message:dice', 'message:venue'], (ctx) =>
    ctx.reply(ctx.messages.onlyText, replyTo(ctx.msg.message_id)),
  )
  conversation.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
    if (!addressesBot(ctx.msg, ctx.me.id, ctx.me.username)) return next()
    await answerText(ctx, services, ctx.msg.text, ctx.msg.message_id)
  })
  return conversation
}

async function answerText(ctx: BotContext, services: BotServices, text: string, messageId: number): Promise<void> {
  const question = readQuestion(text, ctx.me.username)
  const problem = checkQuestion(question, ctx.messages)
  if (problem !== undefined) return void (await ctx.reply(problem, replyTo(messageId)))
  if (await takeRate(ctx, services)) await replyWithAnswer(ctx, services, question, { replyToId: messageId })
}

/** True when a group message mentions the bot (by @username or text mention) or replies to it. */
export function addressesBot(message: Message, botId: number, botUsername: string): boolean {
  if (message.reply_to_message?.from?.id === botId) return true
  const text = message.text ?? ''
  return (message.entities ?? []).some(
    (entity) =>
      (entity.type === 'mention' && text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${botUsername.toLowerCase()}`) ||
      (entity.type === 'text_mention' && entity.user.id === botId),
  )
}
