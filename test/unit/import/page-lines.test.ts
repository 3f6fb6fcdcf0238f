import { describe, expect, it } from 'vitest'
import type { TextRun } from '../../../src/core/text/page-text.js'
import { readPageLines } from '../../../src/import/page-lines.js'

const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: [...text].length * size, size })
const page = (runs: TextRun[]) => [{ width: 595, height: 842, runs }]

describe('readPageLines', () => {
  it('returns one line per paragraph: a new one at each indent, lines of one paragraph joined', () => {
    const lines = readPageLines(page([
      run('小巷幽幽，风过留', 60, 100), run('痕。今年3月，旧址群被', 40, 115), run('列为教育基地。', 40, 130),
      run('在这里的一间平', 60, 145), run('房内成立了党组织。', 40, 160),
    ]))
    expect(lines).toEqual([
      { text: '小巷幽幽，风过留痕。今年3月，旧址群被列为教育基地。', indented: true, size: 10, gap: 0 },
      { text: '在这里的一间平房内成立了党组织。', indented: true, size: 10, gap: 1 },
    ])
  })

  it('returns a short line that ends a sentence as a paragraph end, and one that does not as text wrapping on', () => {
    const lines = readPageLines(page([
      run('第一句话写完了，这一行', 40, 100), run('很短。', 40, 115), run('第二段从行首开始，没有缩', 40, 130),
      run('进但上一行', 40, 145), run('短而未完的句子接着写。', 40, 160),
    ]))
    expect(lines.map((line) => line.text)).toEqual(['第一句话写完了，这一行很短。', '第二段从行首开始，没有缩进但上一行短而未完的句子接着写。'])
  })

  it('returns a space where runs of one line stand apart, and blocks set apart by three blank lines', () => {
    const lines = readPageLines(page([run('见习记者', 40, 40), run('王梓', 90, 40), run('正文第一段写在这里。', 60, 100)]))
    expect(lines.map((line) => [line.text, line.gap])).toEqual([['见习记者 王梓', 0], ['正文第一段写在这里。', 3]])
  })

  it('returns a new paragraph where the type size changes', () => {
    const lines = readPageLines(page([run('红色筑基 为基层所队赋能', 40, 100, 13), run('金华市公安局守好红色根脉。', 40, 118)]))
    expect(lines.map((line) => [line.text, line.size])).toEqual([['红色筑基 为基层所队赋能', 13], ['金华市公安局守好红色根脉。', 10]])
  })
})
