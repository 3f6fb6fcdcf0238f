import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types'
import { fakeBotInfo, type FakeBotApi } from './fake-bot-api.js'

/** A Telegram user (and the chat they write in) driving the bot through a {@link FakeBotApi}. */
export interface FakeUser {
  user: User
  chat: Chat
  /** Sends a text message; entities for /commands and @mentions are added as Telegram would. */
  say(text: string, options?: { replyTo?: Message }): Message
  /** Pushes any other message content (sticker, photo, …) or an edited message. */
  send(content: Record<string, unknown>, kind?: 'message' | 'edited_message'): Message
  /** Presses an inline button with this callback data on `message`; returns the query id. */
  press(message: Message, data: string): string
  /** Types an inline query; returns the query id. */
  inline(query: string, offset?: string): string
}

let nextId = 1

/** Creates a user writing privately (default), in a new group chat, or in `chat` (another member's group). */
export function createFakeUser(api: FakeBotApi, options: { id?: number; languageCode?: string; group?: boolean; chat?: Chat } = {}): FakeUser {
  const user: User = { id: options.id ?? 1000 + nextId++, is_bot: false, first_name: 'Test', language_code: options.languageCode ?? 'zh-hans' }
  const chat: Chat =
    options.chat ??
    (options.group ? ({ id: -100 - nextId++, type: 'supergroup', title: 'Test group' } as Chat) : ({ id: user.id, type: 'private', first_name: 'Test' } as Chat))
  const date = () => Math.floor(Date.now() / 1000)
  const send: FakeUser['send'] = (content, kind = 'message') => {
    const message = api.remember({ date: date(), chat, from: user, ...content } as Message)
    api.pushUpdate({ [kind]: message } as Omit<Update, 'update_id'>)
    return message
  }
  return {
    user,
    chat,
    say: (text, { replyTo } = {}) => send({ text, entities: findEntities(text), ...(replyTo && { reply_to_message: replyTo }) }),
    send,
    press(message, data) {
      const id = `cq${nextId++}`
      api.pushUpdate({ callback_query: { id, from: user, chat_instance: 'ci', data, message } })
      return id
    },
    inline(query, offset = '') {
      const id = `iq${nextId++}`
      api.pushUpdate({ inline_query: { id, from: user, query, offset, chat_type: 'private' } })
      return id
    },
  }
}

// Telegram marks a leading /command and @mentions with entities; the bot relies on them in groups
function findEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = []
  const command = /^\/\w+(@\w+)?/.exec(text)
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length })
  for (const mention of text.matchAll(/@\w{5,32}/g)) {
    if (command && mention.index < command[0].length) continue
    entities.push({ type: 'mention', offset: mention.index, length: mention[0].length })
  }
  return entities
}

/** The bot's own user, as it appears in `from` of its messages. */
export const botUser = fakeBotInfo
