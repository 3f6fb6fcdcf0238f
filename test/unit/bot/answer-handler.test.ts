import type { Message } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { checkQuestion, readQuestion, recoverQuestion } from '../../../src/bot/answer-handler.js'
import { messagesFor } from '../../../src/messages.js'

const zh = messagesFor('zh')
const message = (fields: Record<string, unknown>) => ({ message_id: 1, date: 1, chat: { id: 1, type: 'group', title: 'g' }, ...fields }) as Message

describe('readQuestion', () => {
  it('removes a leading /ask and mentions of the bot', () => {
    expect(readQuestion('/ask@wenda_bot  派出所 在哪', 'wenda_bot')).toBe('派出所 在哪')
    expect(readQuestion('请问 @Wenda_Bot 派出所在哪', 'wenda_bot')).toBe('请问 派出所在哪')
    expect(readQuestion('/asking 不是命令', 'wenda_bot')).toBe('/asking 不是命令')
  })
})

describe('checkQuestion', () => {
  it('explains empty, overlong and wordless questions and accepts real ones', () => {
    expect(checkQuestion('', zh)).toBe('请输入一个问题。')
    expect(checkQuestion('字'.repeat(501), zh)).toBe('问题太长了，请控制在 500 字以内。')
    expect(checkQuestion('🙂🙂 ？！', zh)).toBe('请用文字提问（只有表情或符号我看不懂）。')
    expect(checkQuestion('派出所在哪？', zh)).toBeUndefined()
  })
})

describe('recoverQuestion', () => {
  it('reads the question from the quoted message, or from a shown question line', () => {
    expect(recoverQuestion(message({ text: 'answer', reply_to_message: message({ text: '/ask 码头' }) }), 'b')).toEqual({ question: '码头', shown: false })
    expect(recoverQuestion(message({ text: '❓ 码头在哪\n\n1. …' }), 'b')).toEqual({ question: '码头在哪', shown: true })
    expect(recoverQuestion(message({ text: 'answer' }), 'b')).toBeUndefined()
  })

  it('recovers what a follow-up was read against from the answer, in either language', () => {
    const asked = message({ text: '他多大？' })
    expect(recoverQuestion(message({ text: '（按上一问：李兔儿）\n\n1. …', reply_to_message: asked }), 'b')).toEqual({ question: '他多大？', shown: false, assumed: '李兔儿' })
    expect(recoverQuestion(message({ text: '(Read as about 李兔儿, from your previous question)\n\n1. …', reply_to_message: asked }), 'b')?.assumed).toBe('李兔儿')
    expect(recoverQuestion(message({ text: '1. （按上一问：李兔儿）', reply_to_message: asked }), 'b')).toEqual({ question: '他多大？', shown: false })
  })
})
