import fc from 'fast-check'
import { Api, Context } from 'grammy'
import type { Message, Update } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { isForBot } from '../../src/bot/addressing.js'
import { commandNames } from '../../src/bot/commands.js'
import type { BotContext } from '../../src/bot/context.js'
import { findProblem } from '../../src/bot/triage.js'
import { allMessages } from '../../src/messages.js'
import { fakeBotInfo } from '../helpers/fake-bot-api.js'
import { fuzzRuns } from './fuzz-library.js'
import { messageArbitrary } from './messages.js'

// The triage runs on every update before it queues: it must never throw, whatever Telegram sends.

const notices = new Set(allMessages.flatMap((m) => [m.askUsage, m.emptyQuestion, m.notWords, m.tooLong(500), m.onlyText, m.unknownCommand]))
const prefix = fc.constantFrom('', '/ask ', '/ask', '/START ', '/frobnicate@wenda_test_bot ', '/help@other_bot ', '@wenda_test_bot ', '@Wenda_Test_Bot', '/')
const entity = fc.record({ type: fc.constantFrom('bot_command', 'mention', 'text_mention', 'bold'), offset: fc.integer({ min: -2, max: 40 }), length: fc.integer({ min: 0, max: 60 }) })
const sticker = { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false }

function contextFor(message: Message, messages = allMessages[0]!): BotContext {
  const ctx = new Context({ update_id: 1, message } as Update, new Api('123:test'), fakeBotInfo) as BotContext
  ctx.messages = messages
  return ctx
}

describe('findProblem and isForBot on arbitrary messages', () => {
  it(`never throw, and name only known notices, for ${Math.ceil(fuzzRuns / 10)} generated messages with arbitrary entities`, () => {
    fc.assert(
      fc.property(
        prefix,
        messageArbitrary(['派出所', '民警', '明前茶']),
        fc.array(entity, { maxLength: 3 }),
        fc.constantFrom('private', 'supergroup'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...allMessages),
        (start, body, entities, chatType, asSticker, replyToBot, messages) => {
          const text = start + body
          const chat = chatType === 'private' ? { id: 5, type: 'private', first_name: 'A' } : { id: -5, type: 'supergroup', title: 'g' }
          const reply = replyToBot ? { reply_to_message: { message_id: 1, date: 1, chat, from: fakeBotInfo } } : {}
          const content = asSticker ? { sticker } : { text, entities: entities.map((e) => (e.type === 'text_mention' ? { ...e, user: fakeBotInfo } : e)) }
          const ctx = contextFor({ message_id: 2, date: 1, chat, from: { id: 7, is_bot: false, first_name: 'B' }, ...reply, ...content } as Message, messages)
          const problem = findProblem(ctx, commandNames)
          expect(problem === undefined || notices.has(problem), String(problem)).toBe(true)
          expect(typeof isForBot(ctx, commandNames)).toBe('boolean')
        },
      ),
      { numRuns: Math.ceil(fuzzRuns / 10) },
    )
  })
})
