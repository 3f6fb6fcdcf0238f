import { describe, expect, it } from 'vitest'
import { isSibling } from '../../../../src/core/text/siblings.js'

describe('isSibling', () => {
  it('takes words differing in one character of a closed set as siblings', () => {
    expect(isSibling('二期', '一期')).toBe(true)
    expect(isSibling('南段', '北段')).toBe(true)
    expect(isSibling('省级', '市级')).toBe(true)
    expect(isSibling('平峰期', '高峰期')).toBe(true)
    expect(isSibling('出境', '入境')).toBe(true)
  })

  it('takes no near-synonym, no word differing in more than one character, and not the word itself', () => {
    expect(isSibling('最早', '最初')).toBe(false)
    expect(isSibling('平均', '年均')).toBe(false)
    expect(isSibling('一季度', '上半年')).toBe(false)
    expect(isSibling('进站', '入站')).toBe(false)
    expect(isSibling('一期', '一期')).toBe(false)
    expect(isSibling('二期', '二期工程')).toBe(false)
  })
})
