import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { answerLine, runTerminalChat } from '../../../src/cli/terminal-chat.js'
import type { Library } from '../../../src/core/library.js'
import { messagesFor } from '../../../src/messages.js'
import { createFollowUpMemory } from '../../../src/core/follow-up-memory.js'
import { createDictionaryTagger } from '../../helpers/dictionary-tagger.js'
import { createFixtureLibrary } from '../../helpers/fixture-library.js'

const library = createFixtureLibrary({
  words: ['红巷', '派出所', '民警', '成立'],
  stopWords: ['有', '多少', '名'],
  paragraphs: [{ text: '红巷派出所有民警25名。' }],
})

describe('answerLine', () => {
  it('bolds the matched words in ANSI only when asked (stdout is a terminal)', async () => {
    const bold = await answerLine('红巷派出所有多少名民警', library(), messagesFor('zh'), { bold: true })
    expect(bold).toContain('\x1b[1m红巷派出所\x1b[22m有\x1b[1m民警\x1b[22m25名。')
    expect(await answerLine('红巷派出所有多少名民警', library(), messagesFor('zh'))).not.toContain('\x1b[')
  })
})

describe('answerLine given a bot command', () => {
  it('says there are no commands here and how to ask, instead of declining /help as a question in English', async () => {
    const answer = vi.fn()
    const spy = { ...library(), answer } as unknown as Library
    expect(await answerLine('/help', spy, messagesFor('zh'))).toBe(messagesFor('zh').terminalCommands)
    expect(await answerLine('/START@wenda_bot', spy, messagesFor('en'))).toBe(messagesFor('en').terminalCommands)
    expect(answer).not.toHaveBeenCalled()
  })

  it('still answers a question that merely contains a slash', async () => {
    expect(await answerLine('红巷派出所/民警有多少名', library(), messagesFor('zh'))).toContain('25名')
  })
})

describe('answerLine when declining', () => {
  it('repeats the question as an answer does, says so in one line, then lists the articles, without cutting the list silently', async () => {
    const reply = await answerLine('宫保鸡丁怎么做？', library({ minConfidence: 0.99, relatedFloor: 0.99 }), messagesFor('zh'))
    expect(reply!.split('\n')).toEqual(['宫保鸡丁怎么做？', '抱歉，在收录的文章里没有找到可靠的答案。', '我读过的文章有：', '  • 《标题》 测试报'])
  })

  it('answers a question in English in English, asking for the question in Chinese', async () => {
    const reply = await answerLine('How many police officers?', library({ minConfidence: 0.99, relatedFloor: 0.99 }), messagesFor('zh'))
    expect(reply!.split('\n').slice(1, 3)).toEqual(['Sorry, I found no reliable answer in the articles I have read.', 'The articles are in Chinese: please ask in Chinese.'])
  })
})

describe('answerLine with a memory of the chat', () => {
  const tagged = createFixtureLibrary({
    words: ['红巷派出所', '民警', '成立', '一年'],
    stopWords: ['有', '多少', '名', '于', '哪'],
    paragraphs: [{ text: '红巷派出所成立于1922年。' }, { text: '街道办事处有民警3名。' }, { text: '红巷派出所有民警25名。' }],
    tag: createDictionaryTagger({ 红巷派出所: 'x', 成立: 'v', 于: 'p', 这个: 'r', 所: 'c', 有: 'v', 民警: 'n', 多少: 'm' }),
  })

  it('reads a follow-up against the previous question and says what it assumed', async () => {
    const memory = createFollowUpMemory()
    await answerLine('红巷派出所成立于哪一年？', tagged(), messagesFor('zh'), {}, memory)
    const reply = await answerLine('这个所有多少名民警？', tagged(), messagesFor('zh'), {}, memory)
    expect(reply!.split('\n').slice(0, 3)).toEqual(['这个所有多少名民警？', '  （按上一问：红巷派出所）', ''])
    expect(reply).toContain('1. 红巷派出所有民警25名。')
  })

  it('reads the same words on their own without a memory', async () => {
    expect(await answerLine('这个所有多少名民警？', tagged(), messagesFor('zh'))).not.toContain('按上一问')
  })
})

describe('runTerminalChat', () => {
  it('answers "something went wrong" when an answer fails (the database away), logs one line, and goes on', async () => {
    const working = library()
    let failing = true
    const flaky: Library = {
      ...working,
      answer: (question, options) => (failing ? Promise.reject(new Error('cannot retrieve passages from the database: connect ECONNREFUSED 127.0.0.1:5432')) : working.answer(question, options)),
    }
    const input = new PassThrough()
    let output = ''
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((output += chunk.toString('utf8')), done()) })
    const logged: string[] = []
    const messages = messagesFor('zh')
    const chat = runTerminalChat({ library: () => flaky, messages, input, output: sink, log: (m) => logged.push(m) })
    input.write('红巷派出所有多少名民警\n')
    await vi.waitFor(() => expect(output).toContain(messages.sorry))
    failing = false
    input.end('红巷派出所有多少名民警\n')
    await chat
    expect(output).toContain('25名')
    expect(logged).toEqual(['wenda: cannot retrieve passages from the database: connect ECONNREFUSED 127.0.0.1:5432'])
  })
})
