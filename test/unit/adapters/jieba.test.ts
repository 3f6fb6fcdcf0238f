import { describe, expect, it } from 'vitest'
import { createJiebaSegmenter } from '../../../src/adapters/jieba.js'
import { createAnalyzer } from '../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../src/core/text/normalize.js'
import { defaultStopWords } from '../../../src/core/text/stop-words.js'

// Real jieba, loaded once for this file (~1 s).
const segmenter = createJiebaSegmenter({ words: ['红都义警', '电话'] })

describe('createJiebaSegmenter', () => {
  it('cuts in search mode: whole words plus the dictionary words inside them, with offsets', () => {
    const words = segmenter.cut('南京市长江大桥')
    expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(['南京市', '长江大桥', '长江', '大桥']))
    for (const { word, start } of words) expect('南京市长江大桥'.slice(start, start + word.length)).toBe(word)
  })

  it('cuts several runs in one call exactly as each alone', () => {
    const runs = ['小营派出所民警', '中华人民共和国', '值班电话', '红都义警遍布村居', '的']
    expect(segmenter.cutEach!(runs)).toEqual(runs.map((run) => segmenter.cut(run)))
  })

  it('keeps a user dictionary word whole', () => {
    expect(segmenter.cut('红都义警遍布村居').map((w) => w.word)).toContain('红都义警')
  })

  it('keeps a listed word whole where jieba alone would prefer two common characters', () => {
    createJiebaSegmenter({ words: ['之称'] })
    const words = segmenter.cut('素有浙江延安之称')
    expect(words.map((w) => w.word)).toContain('之称')
    for (const { word, start } of words) expect('素有浙江延安之称'.slice(start, start + word.length)).toBe(word)
    expect(segmenter.cutEach!(['之称', '浙江之称'])).toEqual([segmenter.cut('之称'), segmenter.cut('浙江之称')])
  })

  it('leaves a word jieba already knows as it was when it is listed again', () => {
    expect(segmenter.cut('值班电话').map((w) => w.word)).toEqual(['值班', '电话'])
  })

  it('gives common words a lower general IDF than specific ones, and none to lone characters', () => {
    expect(segmenter.generalIdf!('办法')!).toBeLessThan(segmenter.generalIdf!('值班')!)
    expect(segmenter.generalIdf!('溪')).toBeUndefined()
  })

  it('gives the words jieba\'s keyword extractor stops (开始, 人) the lowest general IDF, not none', () => {
    expect(segmenter.generalIdf!('开始')).toBe(0)
    expect(segmenter.generalIdf!('人')).toBe(0)
    expect(segmenter.generalIdf!('开幕')!).toBeGreaterThan(5)
  })

  it('tags persons and places', () => {
    const tags = segmenter.tag!('毛泽东主席亲临杭州')
    expect(tags).toContainEqual({ word: '杭州', tag: 'ns' })
  })

  it('tags a common word that jieba\'s dictionary calls a name (顾客) a noun, and keeps rarer names', () => {
    expect(segmenter.tag!('一顾客大闹火锅店')).toContainEqual({ word: '顾客', tag: 'n' })
    expect(segmenter.tag!('朱德来到杭州')).toContainEqual({ word: '朱德', tag: 'nr' })
  })

  it('tags a familiar name (老周, 老何) a person, whatever jieba\'s dictionary calls it', () => {
    expect(segmenter.tag!('老周多大了')).toContainEqual({ word: '老周', tag: 'nr' })
    expect(segmenter.tag!('老何说')).toContainEqual({ word: '老何', tag: 'nr' })
  })
})

describe('the analyzer over real jieba', () => {
  const analyzer = createAnalyzer({ segmenter, normalizer: createNormalizer(), stopWords: defaultStopWords })

  it('keeps numbers, decimals and Latin words whole where jieba alone splits them', () => {
    const terms = analyzer.analyze('2017年满意度96.81%，开通VIP绿色通道').words.map((t) => t.term)
    expect(terms).toEqual(expect.arrayContaining(['2017', '96.81', 'vip', '满意度', '绿色通道']))
    expect(terms).not.toContain('2')
  })

  it('drops question scaffolding from a question', () => {
    const { words, bigrams } = analyzer.analyze('小营派出所的民警是谁？')
    const terms = words.map((t) => t.term)
    expect(terms).toEqual(expect.arrayContaining(['派出所', '民警']))
    expect(terms).not.toContain('谁')
    expect(terms).not.toContain('的')
    // jieba without HMM splits the unknown name 小营; the bigram channel still holds it
    expect(bigrams.map((t) => t.term)).toContain('小营')
    expect(bigrams.map((t) => t.term)).not.toContain('是谁')
  })
})
