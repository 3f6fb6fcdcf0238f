import { describe, expect, it } from 'vitest'
import { metaValue, presentMetaHit } from '../../../../src/core/present/meta-hit.js'
import type { ArticleMeta } from '../../../../src/core/types.js'

const article: ArticleMeta = {
  id: '000', title: '红巷沃土 向阳生长', subtitle: '', newspaper: '浙江法制报', date: '2021-07-01', page: '4',
  authors: ['见习记者 王梓', '通讯员 周海凡 陈奇'], column: '',
}

describe('presentMetaHit', () => {
  it('shows the byline as printed with the field asked for as its answering sentence, cited as article details', () => {
    const hit = presentMetaHit(article, 'authors', '000#3', 3)
    expect(hit.text).toBe('《红巷沃土 向阳生长》 · 浙江法制报 · 2021-07-01 · 第4版 · 见习记者 王梓 通讯员 周海凡 陈奇')
    expect(hit.sentence).toBe('见习记者 王梓 通讯员 周海凡 陈奇')
    expect(hit.text).toContain(hit.sentence)
    expect(hit.source).toMatchObject({ id: '000', passageId: '000#3', kind: 'meta', page: '4' })
  })

  it('gives no value for a field the article does not record', () => {
    expect(metaValue(article, 'column')).toBe('')
    expect(metaValue(article, 'unknown')).toBe('')
    expect(metaValue({ ...article, page: '' }, 'page')).toBe('')
  })

  it('shows the details it records as the sentence when the field asked for is not recorded', () => {
    const hit = presentMetaHit(article, 'column', '000#1', 1)
    expect(hit.sentence).toBe(hit.text)
    expect(hit.terms).toEqual([])
  })
})
