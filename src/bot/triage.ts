import { matchFilter } from 'grammy'
import { addressesBot, readCommand } from './addressing.js'
import { checkQuestion, readQuestion } from './answer-handler.js'
import type { BotContext } from './context.js'

// message kinds the bot cannot read, which it says so about when they are meant for it
const isNonText = matchFilter(['message:media', 'message:file', 'message:location', 'message:contact', 'message:poll', 'message:dice', 'message:venue'])

/**
 * The notice an invalid message gets (empty /ask, emoji only, too long, unknown command, a
 * sticker…), or undefined when it is valid or not for the bot. Pure and cheap: it runs before a
 * message queues behind its chat's replies, so invalid input never waits there, and again in the
 * handlers, which therefore cannot disagree with it.
 */
export function findProblem(ctx: BotContext, commands: ReadonlySet<string>): string | undefined {
  const message = ctx.message
  if (message === undefined) return undefined
  const { messages, me } = ctx
  const command = readCommand(message)
  const forUs = command !== undefined && (command.target === undefined || command.target.toLowerCase() === me.username.toLowerCase())
  if (forUs && commands.has(command.name)) {
    if (command.name !== 'ask') return undefined
    const question = readQuestion(message.text ?? '', me.username)
    return question === '' ? messages.askUsage : checkQuestion(question, messages)
  }
  const isPrivate = message.chat.type === 'private'
  if (!isPrivate && !addressesBot(message, me.id, me.username)) return undefined
  if (message.text === undefined) return isNonText(ctx) ? messages.onlyText : undefined
  if (isPrivate ? message.text.startsWith('/') : forUs) return messages.unknownCommand
  return checkQuestion(readQuestion(message.text, me.username), messages)
}
