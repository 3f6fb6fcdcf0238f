import { describe, expect, it } from 'vitest'
import { candidateQuestions, findExamples, isMainArticle, listMainArticles, type ExampleSource } from '../../../src/core/examples.js'
import type { Answer, Article, Hit } from '../../../src/core/types.js'
import { createFixtureArticle } from '../../helpers/fixture-library.js'
import { createDictionaryTagger } from '../../helpers/dictionary-tagger.js'

const article = createFixtureArticle('a', [
  { text: '红巷派出所共有38名党员，其中女党员12名。' },
  { text: '2019年，红巷派出所成立了义警队伍。查处赌博团伙11个。' },
  { text: '大队现有民警44人、辅警6人。他们走出了一条新路。' },
  { heading: '图片说明', text: '红巷派出所的25名民警合影' },
])

describe('candidateQuestions', () => {
  it('turns clauses with a count into how-many questions and an opening year into a which-year one, skipping captions', () => {
    expect(candidateQuestions(article).map((c) => [c.question, c.expect])).toEqual([
      ['红巷派出所共有多少名党员？', '38名'],
      ['红巷派出所成立了义警队伍是哪一年？', '2019年'],
      ['查处赌博团伙多少个？', '11个'],
    ])
  })

  it('makes no example of words someone said, a clause pointing at what it does not name, a list before the count, or 一看', () => {
    const odd = createFixtureArticle('b', [
      { text: '邓丽告诉记者，“女儿一周读完3本书，我们很高兴。”' },
      { text: '途经该路段的8条公交线路将调整走向。' },
      { text: '临江老街、梧桐里夜市等12个街区人气最旺。' },
      { text: '她以前常看动画，一看就是两三个小时。' },
      { text: '山门派出所建设“红警驿站”6个。' },
    ])
    expect(candidateQuestions(odd).map((c) => c.question)).toEqual(['山门派出所建设红警驿站多少个？'])
  })

  it('makes no example of a clause opening with a time it does not name (届时, 当时, 最多时)', () => {
    const timed = createFixtureArticle('c', [
      { text: '一期工程预计明年投产，届时可满足园区内40家企业的用水。' },
      { text: '贝雕厂成立于1958年，最多时有工人320名。' },
      { text: '钟翰樵先后带过7名徒弟。' },
    ])
    expect(candidateQuestions(timed).map((c) => c.question)).toEqual(['钟翰樵先后带过多少名徒弟？'])
  })

  it('reads counts in full-width digits, and makes no example of a clause opening with a comparison (比前年…)', () => {
    const printed = createFixtureArticle('d', [{ text: '救护站去年共救护野生动物２１３只，比前年增加了３７只。' }])
    expect(candidateQuestions(printed).map((c) => [c.question, c.expect])).toEqual([['救护站去年共救护野生动物多少只？', '213只']])
  })

  it('puts questions opening with a name first and ones opening with a verb last, given a tagger', () => {
    const tag = createDictionaryTagger({ 红巷派出所: 'x', 查处: 'v', 共有: 'v' })
    expect(candidateQuestions(article, tag).map((c) => [c.question, c.subject])).toEqual([
      ['红巷派出所共有多少名党员？', 2],
      ['红巷派出所成立了义警队伍是哪一年？', 2],
      ['查处赌博团伙多少个？', 0],
    ])
  })
})

const hit = (articleId: string, sentence: string): Hit => ({
  text: sentence, sentence, terms: [], score: 1,
  source: { id: articleId, title: 't', newspaper: '', date: '', page: '', paragraph: 1, heading: '', passageId: `${articleId}#1` },
})

// A library that answers from a table: question → [article of the first hit, its sentence, confidence].
function stubLibrary(articles: Article[], answers: Record<string, [string, string, number]>): ExampleSource & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    listArticles: async () => articles.map(({ paragraphs, ...meta }) => ({ ...meta, paragraphCount: paragraphs.length })),
    findArticle: async (id) => articles.find((a) => a.id === id),
    answer: async (question): Promise<Answer> => {
      asked.push(question)
      const found = answers[question]
      if (found === undefined) return { question, abstained: true, results: [], related: [], confidence: 0.1 }
      return { question, abstained: found[2] < 0.4, results: [hit(found[0], found[1])], confidence: found[2] }
    },
  }
}

describe('findExamples', () => {
  const photo = createFixtureArticle('a-2', [{ text: '民警巡逻共有38名党员参加。' }])

  it('keeps per main article the first candidate answered confidently from it with the expected number', async () => {
    const library = stubLibrary([article, photo], {
      '红巷派出所共有多少名党员？': ['a', '红巷派出所共有38名党员，其中女党员12名。', 0.6],
      '红巷派出所成立了义警队伍是哪一年？': ['a', '2019年，红巷派出所成立了义警队伍。', 0.9],
      '查处赌博团伙多少个？': ['a', '查处赌博团伙11个。', 1],
    })
    expect(await findExamples(library)).toEqual([{ question: '红巷派出所成立了义警队伍是哪一年？', articleId: 'a', confidence: 0.9 }])
    // the one-paragraph item is never tried
    expect(library.asked.some((q) => q.startsWith('民警巡逻'))).toBe(false)
  })

  it('leaves out an article whose candidates are answered from another article or without the number', async () => {
    const library = stubLibrary([article], {
      '红巷派出所共有多少名党员？': ['b', '红巷派出所共有38名党员。', 1],
      '红巷派出所成立了义警队伍是哪一年？': ['a', '红巷派出所成立了义警队伍。', 1],
    })
    expect(await findExamples(library)).toEqual([])
  })

  it('finds the expected number in an answer printed in full-width digits', async () => {
    const printed = createFixtureArticle('p', [{ text: '救护站去年共救护野生动物２１３只。' }, { text: '第二段。' }, { text: '第三段。' }])
    const library = stubLibrary([printed], { '救护站去年共救护野生动物多少只？': ['p', '救护站去年共救护野生动物２１３只。', 0.9] })
    expect(await findExamples(library)).toEqual([{ question: '救护站去年共救护野生动物多少只？', articleId: 'p', confidence: 0.9 }])
  })
})

describe('listMainArticles', () => {
  const summary = (id: string, paragraphCount: number) => ({ id, paragraphCount })

  it('returns the main articles up to the maximum and counts every other one', () => {
    expect(listMainArticles([summary('a', 5), summary('b', 1), summary('c', 9), summary('d', 3)], 2)).toEqual({ shown: [summary('a', 5), summary('c', 9)], more: 2 })
  })

  it('returns every article when none is main', () => {
    expect(listMainArticles([summary('a', 1), summary('b', 2)])).toEqual({ shown: [summary('a', 1), summary('b', 2)], more: 0 })
    expect(isMainArticle(summary('a', 3))).toBe(true)
  })
})
