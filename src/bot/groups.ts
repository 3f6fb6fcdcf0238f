import { Composer } from 'grammy'
import { addressesBot } from './addressing.js'
import { readQuestion, replyWithAnswer, sendNotice } from './answer-handler.js'
import type { BotContext, BotServices } from './context.js'
import { findProblem } from './triage.js'

/**
 * Messages that are not commands: in private chats every text is a question; in groups only
 * mentions of the bot and replies to it are (with privacy mode on, Telegram sends nothing else but
 * commands). Other group chatter is ignored on purpose; so are edited messages (answering twice
 * would confuse). Invalid input gets one notice per window (see sendNotice), then silence.
 */
export function createConversation(services: BotServices, commands: ReadonlySet<string>): Composer<BotContext> {
  const conversation = new Composer<BotContext>()
  conversation.on('message', async (ctx, next) => {
    const problem = findProblem(ctx, commands)
    if (problem !== undefined) return sendNotice(ctx, services, problem)
    const { text, chat, message_id: messageId } = ctx.message
    const isQuestion = text !== undefined && (chat.type === 'private' || addressesBot(ctx.message, ctx.me.id, ctx.me.username))
    if (!isQuestion) return next()
    await replyWithAnswer(ctx, services, readQuestion(text, ctx.me.username), { replyToId: messageId })
  })
  return conversation
}
