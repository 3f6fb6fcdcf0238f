import { describe, expect, it } from 'vitest'
import { answerLine } from '../../../src/cli/terminal-chat.js'
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
