import { createAnalyzer, type Analyzer } from '../../src/core/text/analyzer.js'
import { createNormalizer } from '../../src/core/text/normalize.js'
import type { Article } from '../../src/core/types.js'
import { createDictionarySegmenter } from './dictionary-segmenter.js'
import { createRandom } from '../../bench/synthesize.js'

/** The words random corpora are made of; the analyzer's dictionary knows them (and 的 is a stop word). */
export const randomCorpusWords = [
  '派出所', '民警', '巡逻', '社区', '调解', '纠纷', '义警', '山区', '法医', '温度', '所长', '副所长',
  '交警', '大队', '事故', '车辆', '群众', '报警', '现场', '嫌疑人', '盗窃', '电动车', '老人', '走失',
  '学校', '安全', '宣传', '消防', '火灾', '救援', '中队', '长江', '大桥', '南京', '通车', '记者',
]

/** Characters the dictionary does not know: cut one by one, so runs of them give character pairs. */
export const randomCorpusNameCharacters = [...'甲乙丙丁戊己庚辛壬癸']

/** The analyzer random corpora are indexed and queried with: dictionary cuts, 的 and 了 as stop words. */
export function createRandomCorpusAnalyzer(): Analyzer {
  return createAnalyzer({ segmenter: createDictionarySegmenter(randomCorpusWords), normalizer: createNormalizer(), stopWords: new Set(['的', '了']) })
}

/** A seeded PRNG: the bench's (mulberry32), so tests and bench draw alike from one implementation. */
export const createSeededRandom = createRandom

/**
 * `count` articles of random sentences over {@link randomCorpusWords}, with headings, titles and
 * paragraphs of varied length (some short enough to merge, some long enough to be cut).
 */
export function createRandomArticles(seed: number, count: number, idPrefix = 'r'): Article[] {
  const random = createSeededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  // now and then a name the dictionary does not know (丙丁, 甲乙癸): its characters are cut apart
  const name = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(randomCorpusNameCharacters)).join('')
  const sentence = () => {
    const words = Array.from({ length: 2 + Math.floor(random() * 8) }, () => (random() < 0.1 ? name() : pick([...randomCorpusWords, '的', '了'])))
    return `${words.join('')}${pick(['。', '！', '？', '，'])}`
  }
  const headings = ['', '', '现场', '社区 民警', '消防 救援']
  return Array.from({ length: count }, (_, a) => {
    let heading = ''
    const paragraphs = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => {
      if (random() < 0.3) heading = pick(headings)
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, sentence).join('')
      return { n: i + 1, heading, text }
    })
    return {
      id: `${idPrefix}${a}`, title: `${pick(randomCorpusWords)}${pick(randomCorpusWords)}`, subtitle: random() < 0.3 ? pick(randomCorpusWords) : '',
      newspaper: '测试报', date: '2026-01-02', page: String(1 + a), authors: ['记者 王梓'], column: random() < 0.5 ? '平安' : '', paragraphs,
    }
  })
}
