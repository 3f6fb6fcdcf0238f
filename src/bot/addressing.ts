import type { Message } from 'grammy/types'
import type { BotContext } from './context.js'

/** A leading /command: its name in lower case and the @bot it names, if any. */
export interface CommandCall {
  name: string
  target?: string
}

/** The command a message starts with (Telegram marks it with a bot_command entity at 0), or undefined. */
export function readCommand(message: Pick<Message, 'text' | 'entities'>): CommandCall | undefined {
  const entity = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0)
  if (entity === undefined || message.text === undefined) return undefined
  const [name = '', target] = message.text.slice(1, entity.length).split('@')
  return { name: name.toLowerCase(), ...(target !== undefined && { target }) }
}

/**
 * Rewrites a leading command to lower case (`/START@Bot` → `/start@Bot`), so grammY's
 * case-sensitive command filters match what a user may type; the text is otherwise unchanged.
 */
export function lowerCaseCommand(message: Pick<Message, 'text' | 'entities'>): void {
  const entity = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0)
  if (entity === undefined || message.text === undefined) return
  const at = message.text.indexOf('@')
  const end = at > 0 && at < entity.length ? at : entity.length
  message.text = message.text.slice(0, end).toLowerCase() + message.text.slice(end)
}

/** True when a group message mentions the bot (by @username or text mention), replies to it, or is a /command@bot. */
export function addressesBot(message: Message, botId: number, botUsername: string): boolean {
  if (message.reply_to_message?.from?.id === botId) return true
  const text = message.text ?? ''
  const command = readCommand(message)
  if (command?.target !== undefined && command.target.toLowerCase() === botUsername.toLowerCase()) return true
  return (message.entities ?? []).some(
    (entity) =>
      (entity.type === 'mention' && text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${botUsername.toLowerCase()}`) ||
      (entity.type === 'text_mention' && entity.user.id === botId),
  )
}

/**
 * True when the bot answers this update, so it counts against the sender's budget: button presses,
 * anything in a private chat, and in groups only what addresses the bot or is one of its `commands`
 * without @ (group chatter and other bots' commands cost nothing). Inline queries have their own budget.
 */
export function isForBot(ctx: BotContext, commands: ReadonlySet<string>): boolean {
  if (ctx.callbackQuery !== undefined) return true
  const message = ctx.message
  if (message === undefined) return false
  if (message.chat.type === 'private') return true
  if (addressesBot(message, ctx.me.id, ctx.me.username)) return true
  const command = readCommand(message)
  return command !== undefined && command.target === undefined && commands.has(command.name)
}
