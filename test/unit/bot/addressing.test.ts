import type { Message } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { addressesBot, lowerCaseCommand, readCommand } from '../../../src/bot/addressing.js'

const message = (fields: Record<string, unknown>) => ({ message_id: 1, date: 1, chat: { id: 1, type: 'group', title: 'g' }, ...fields }) as Message
const command = (text: string, length = text.split(' ')[0]!.length) => message({ text, entities: [{ type: 'bot_command', offset: 0, length }] })

describe('readCommand', () => {
  it('reads the leading command in lower case and the bot it names', () => {
    expect(readCommand(command('/START@Wenda_Bot hi'))).toEqual({ name: 'start', target: 'Wenda_Bot' })
    expect(readCommand(command('/ask 问题'))).toEqual({ name: 'ask' })
    expect(readCommand(message({ text: '/ask without entity' }))).toBeUndefined()
  })
})

describe('lowerCaseCommand', () => {
  it('lower-cases the command only, leaving the bot name and the rest as typed', () => {
    const typed = command('/ASK@Wenda_Bot 派出所 ABC')
    lowerCaseCommand(typed)
    expect(typed.text).toBe('/ask@Wenda_Bot 派出所 ABC')
    const plain = message({ text: 'NOT A COMMAND' })
    lowerCaseCommand(plain)
    expect(plain.text).toBe('NOT A COMMAND')
  })
})

describe('addressesBot', () => {
  it('is true for mentions, replies to the bot and /commands naming it, and false otherwise', () => {
    const mention = message({ text: 'hi @wenda_bot', entities: [{ type: 'mention', offset: 3, length: 10 }] })
    const other = message({ text: 'hi @someone_else', entities: [{ type: 'mention', offset: 3, length: 13 }] })
    const reply = message({ text: 'x', reply_to_message: message({ from: { id: 42, is_bot: true, first_name: 'w' } }) })
    expect(addressesBot(mention, 42, 'wenda_bot')).toBe(true)
    expect(addressesBot(other, 42, 'wenda_bot')).toBe(false)
    expect(addressesBot(reply, 42, 'wenda_bot')).toBe(true)
    expect(addressesBot(command('/frobnicate@Wenda_Bot'), 42, 'wenda_bot')).toBe(true)
    expect(addressesBot(command('/frobnicate@other_bot'), 42, 'wenda_bot')).toBe(false)
    expect(addressesBot(message({ text: 'plain' }), 42, 'wenda_bot')).toBe(false)
  })
})
