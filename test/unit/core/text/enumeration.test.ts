import { describe, expect, it } from 'vitest'
import { opensItem } from '../../../../src/core/text/enumeration.js'

describe('opensItem', () => {
  it.each([
    ['三是冒充明星粉丝福利诈骗。', 3],
    ['第三，加强巡逻。', 3],
    ['其三，做好宣传。', 3],
    ['（三）强化宣传。', 3],
    ['3.强化宣传。', 3],
    ['二是刷单诈骗；三是兼职诈骗。', 3],
  ])('reads %s as opening item %i', (text, ordinal) => {
    expect(opensItem(text, ordinal)).toBe(true)
  })

  it('reads no item in a number inside a sentence, nor another item', () => {
    expect(opensItem('全市共有三是非常重要的。', 3)).toBe(false)
    expect(opensItem('破获案件三起。', 3)).toBe(false)
    expect(opensItem('二是刷单诈骗。', 3)).toBe(false)
    expect(opensItem('第三人民医院设立警务室。', 3)).toBe(false)
  })
})
