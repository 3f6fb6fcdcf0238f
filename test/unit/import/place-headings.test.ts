import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../../../src/core/types.js'
import { placeHeadings } from '../../../src/import/place-headings.js'

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ n: i + 1, heading: '', text }))
const headingsOf = (result: { paragraphs: Paragraph[] }) => result.paragraphs.map((p) => p.heading)

describe('placeHeadings', () => {
  const article = paragraphs(
    '今年以来，全市开展了平安创建活动，成效明显。',
    '深化警源治理，是推动矛盾纠纷源头化解的重要抓手。',
    '派出所立足党建联盟，推出了板凳夜话机制。',
    '警力有限，民力无穷，要做好群防群治这篇文章。',
    '武林大妈已成为全国知名的义警品牌。',
  )

  it('returns each heading before the paragraph that opens with its words, in text order', () => {
    const result = placeHeadings(article, ['让“群防群治”遍地开花', '警源治理 打造新样板'])
    expect(result.placed).toEqual([
      { heading: '警源治理 打造新样板', before: 2, by: 'words' },
      { heading: '让“群防群治”遍地开花', before: 4, by: 'words' },
    ])
    expect(headingsOf(result)).toEqual(['', '警源治理 打造新样板', '警源治理 打造新样板', '让“群防群治”遍地开花', '让“群防群治”遍地开花'])
    expect(result.unplaced).toEqual([])
  })

  it('returns the start at the sharpest change of topic when the heading\'s words come later in its section', () => {
    const text = paragraphs(
      '辖区里的广场舞噪音问题，曾是块难啃的硬骨头，广场舞队伍多。',
      '派出所联动执法部门，到广场舞队伍中了解问题，噪音问题终于解决。',
      '吴奶奶退休前是社区治保主任，现独居，陆春妹给吴奶奶送饭。',
      '陆春妹说，吴奶奶的午饭每天都按时送到。',
      '从老花镜、针线包到急救箱和饮用水，从桌凳到梳妆台，户籍窗口的种种小细节，无一不体现着民警们解放警务理念的探索。',
    )
    const result = placeHeadings(text, ['广场舞噪音 一朝化解', '解放警务理念'])
    expect(result.placed).toEqual([
      { heading: '广场舞噪音 一朝化解', before: 1, by: 'words' },
      { heading: '解放警务理念', before: 3, by: 'topic' },
    ])
  })

  it('returns every heading unplaced when one has no words in the text', () => {
    const result = placeHeadings(article, ['警源治理 打造新样板', '春风化雨润心田'])
    expect(result.unplaced).toEqual(['警源治理 打造新样板', '春风化雨润心田'])
    expect(headingsOf(result).every((heading) => heading === '')).toBe(true)
  })

  it('returns every heading unplaced when their words interleave', () => {
    const text = paragraphs('警源治理见成效。', '群防群治有力量。', '警源治理再深化。')
    expect(placeHeadings(text, ['警源治理', '群防群治']).unplaced).toEqual(['警源治理', '群防群治'])
  })

  it('returns the paragraphs untouched when they already have headings', () => {
    const text = [{ n: 1, heading: '红心建盟', text: '警源治理见成效。' }]
    expect(placeHeadings(text, ['警源治理'])).toEqual({ paragraphs: text, placed: [], unplaced: ['警源治理'] })
  })
})
