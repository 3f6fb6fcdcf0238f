import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { answerLine, runTerminalChat } from '../../../src/cli/terminal-chat.js'
import type { Library } from '../../../src/core/library.js'
import { messagesFor } from '../../../src/messages.js'
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
