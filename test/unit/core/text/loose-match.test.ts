import { describe, expect, it } from 'vitest'
import { holdsLoosely } from '../../../../src/core/text/loose-match.js'

describe('holdsLoosely', () => {
  it('holds a phrase the text has as it is', () => {
    expect(holdsLoosely('被评为全国优秀党建品牌。', '全国优秀党建品牌')).toBe(true)
  })

  it('holds a phrase the text says with a few characters more or changed, in order', () => {
    expect(holdsLoosely('连续11年入选“中国最具幸福感城市”', '最幸福城市')).toBe(true)
    expect(holdsLoosely('被列为浙江省党史教育基地', '省级党史教育基地')).toBe(true)
  })

  it('does not hold a phrase whose characters the text has only scattered or in part', () => {
    expect(holdsLoosely('打造出“武林大妈”“蓝喜鹊”等义警品牌，涌现出一批先进群体。', '全国见义勇为先进群体')).toBe(false)
    expect(holdsLoosely('全国优秀军转干部王厚鑫', '全国优秀人民警察')).toBe(false)
  })
})
