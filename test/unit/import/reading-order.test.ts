import { describe, expect, it } from 'vitest'
import type { TextRun } from '../../../src/core/text/page-text.js'
import { orderBlocks, typicalSize } from '../../../src/import/reading-order.js'

// A run of CJK text: each character one em wide.
const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: text.length * size, size })
const texts = (blocks: TextRun[][]) => blocks.map((block) => block.map((r) => r.text))

describe('orderBlocks', () => {
  it('returns a title band, then the left column, then the right one, whatever order they were drawn in', () => {
    const drawn = [
      run('右栏第一行', 200, 100), run('左栏第一行', 40, 100),
      run('右栏第二行', 200, 115), run('左栏第二行', 40, 115),
      run('标题', 40, 40, 24),
    ]
    expect(texts(orderBlocks(drawn))).toEqual([['标题'], ['左栏第一行', '左栏第二行'], ['右栏第一行', '右栏第二行']])
  })

  it('returns the parts of a row far apart (a masthead) as blocks left to right, and a spaced byline as one block', () => {
    expect(texts(orderBlocks([run('第4版', 400, 20, 9), run('浙江法制报', 40, 20, 9), run('2021年7月1日', 200, 22, 8)]))).toEqual([['浙江法制报'], ['2021年7月1日'], ['第4版']])
    expect(texts(orderBlocks([run('王梓', 75, 50), run('见习记者', 40, 50)])).map((block) => block.sort())).toEqual([['王梓', '见习记者']])
  })

  it('returns items side by side headline first, cutting the gutter before the gap under their headlines', () => {
    const drawn = [run('左图标题', 40, 100, 12), run('右图标题', 300, 100, 12), run('左图说明文字。', 40, 125, 9), run('右图说明文字。', 300, 125, 9)]
    expect(texts(orderBlocks(drawn)).flat()).toEqual(['左图标题', '左图说明文字。', '右图标题', '右图说明文字。'])
  })

  it('returns a caption set apart below a photo as its own block after the column text', () => {
    const drawn = [run('正文第一行', 40, 100), run('正文第二行', 40, 115), run('图片说明文字', 40, 300, 8)]
    expect(texts(orderBlocks(drawn))).toEqual([['正文第一行', '正文第二行'], ['图片说明文字']])
  })

  it('returns [] for a page without text', () => {
    expect(orderBlocks([run(' ', 0, 0)])).toEqual([])
  })
})

describe('typicalSize', () => {
  it('returns the size most characters are set in, 10 without text', () => {
    expect(typicalSize([run('标题', 0, 0, 24), run('正文正文正文', 0, 0, 10)])).toBe(10)
    expect(typicalSize([])).toBe(10)
  })
})
