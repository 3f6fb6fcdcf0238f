import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { readQuestion } from '../../../../src/core/question/read-question.js'
import { measureCoverage, measureSentenceCoverages } from '../../../../src/core/rerank/coverage.js'
import { defaultRankWeights } from '../../../../src/core/rerank/rank-weights.js'
import { weighQuestion, type WeightedQuestion, type WeightedWord } from '../../../../src/core/rerank/weigh-question.js'
import { bigramKey, distinctTerms } from '../../../../src/core/retrieve/indexed-passage.js'
import { buildPassageIndex } from '../../../../src/core/retrieve/passage-index.js'
import { parseSynonyms } from '../../../../src/core/text/synonyms.js'
import { parseThesaurus } from '../../../../src/core/text/thesaurus.js'
import type { Article } from '../../../../src/core/types.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '是', '谁', '|']) })
const article = (id: string, text: string): Article => ({
  id, title: '', subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text }],
})
// 所长 as a word in one passage, only as two characters inside 副所长 in the other
const index = buildPassageIndex([article('a', '所长|金|天红|组织|协商'), article('b', '副所长|金|天红|组织|协商')], analyzer)
const statistics = { passageCount: index.passages.size, documentFrequency: index.documentFrequency }
const coverageOf = (question: string, passageId: string) => {
  const q = weighQuestion(statistics, readQuestion(question, analyzer, parseSynonyms('')))
  return measureCoverage(q, distinctTerms(index.passages.get(passageId)!), defaultRankWeights).words
}

describe('measureCoverage', () => {
  it('counts a word the passage has as a word in full', () => {
    expect(coverageOf('所长|是|谁', 'a#1')).toBe(1)
  })

  it('gives a two-character word found only inside a longer word the pair credit', () => {
    expect(coverageOf('所长|是|谁', 'b#1')).toBeCloseTo(defaultRankWeights.pairCredit)
  })

  it('counts the pairs of a word found by a synonym (男孩 for 孩子) as found, in the passage and in its sentence', () => {
    const boy = buildPassageIndex([article('f', '男孩|今年|九岁'), article('g', '孩子|今年|九岁')], analyzer)
    const q = weighQuestion({ passageCount: 2, documentFrequency: boy.documentFrequency }, readQuestion('孩子|今年', analyzer, parseSynonyms('孩子 男孩')))
    const passage = (id: string) => boy.passages.get(id)!
    expect(measureCoverage(q, distinctTerms(passage('f#1')), defaultRankWeights)).toEqual(measureCoverage(q, distinctTerms(passage('g#1')), defaultRankWeights))
    const sentences = (id: string) => passage(id).sentences.map((sentence) => new Set(sentence.terms))
    expect(measureSentenceCoverages(q, sentences('f#1'), defaultRankWeights)).toEqual(measureSentenceCoverages(q, sentences('g#1'), defaultRankWeights))
  })

  it('gives a lone character of the question found inside a two-character word (建 in 建设) the pair credit, inside a longer one none', () => {
    const lone = buildPassageIndex([article('c', '工程|开工|建设'), article('d', '组建|工程'), article('e', '建设者|工程')], analyzer)
    const q = weighQuestion({ passageCount: 3, documentFrequency: lone.documentFrequency }, readQuestion('建|的', analyzer, parseSynonyms('')))
    const coverage = (id: string) => measureCoverage(q, distinctTerms(lone.passages.get(id)!), defaultRankWeights).words
    expect(coverage('c#1')).toBeCloseTo(defaultRankWeights.pairCredit)
    expect(coverage('d#1')).toBeCloseTo(defaultRankWeights.pairCredit)
    expect(coverage('e#1')).toBe(0)
  })

  it('gives a word the articles never use, found only as a thesaurus near-synonym, the thesaurus credit', () => {
    const q = weighQuestion(statistics, readQuestion('商量|天红', analyzer, parseSynonyms(''), parseThesaurus('商量 协商')))
    const weightOf = (term: string) => q.words.find((w) => w.word.term === term)!.weight
    const expected = (weightOf('商量') * defaultRankWeights.thesaurusCredit + weightOf('天红')) / (weightOf('商量') + weightOf('天红'))
    expect(measureCoverage(q, distinctTerms(index.passages.get('a#1')!), defaultRankWeights).words).toBeCloseTo(expected)
  })

  it('gives a word the articles use no credit for its near-synonyms', () => {
    const q = weighQuestion(statistics, readQuestion('组织|天红', analyzer, parseSynonyms(''), parseThesaurus('组织 协商')))
    expect(q.words[0]!.word.near).toBeUndefined()
  })
})

describe('measureSentenceCoverages', () => {
  // A question of three words (one with a search-mode part and a synonym) over a small vocabulary.
  const word = (term: string, forms: string[], weight: number, within = ''): WeightedWord => ({
    word: { term, forms, within },
    weight,
    bigrams: term.length >= 2 ? [...term].slice(0, -1).map((c, i) => bigramKey(c + term[i + 1]!)) : [],
    noun: false,
    name: false,
    coined: false,
    parts: [],
  })
  const whole = word('派出所', ['派出所', '警所'], 2)
  const part = word('派出', ['派出'], 0.5, '派出所')
  whole.parts.push(part)
  const q: WeightedQuestion = {
    question: { text: '', normalized: '', type: 'what', words: [], bigrams: [], pairs: [], unit: { kind: 'any' }, focus: '', numbers: [], numberUnits: [], cues: { askedForms: [], act: '', plural: false, identity: '', located: '', honoured: '', speaker: '', source: '', ordinal: 0, asserted: [], conferred: '', event: [] } },
    words: [whole, part, word('所长', ['所长'], 3), word('民警', ['民警', '警察'], 1)],
    bigrams: ['派出', '出所', '所长', '民警'].map((pair, i) => ({ term: bigramKey(pair), weight: 1 + i })),
    forms: new Set(),
    persons: [],
  }
  const vocabulary = ['派出所', '警所', '派出', '所长', '民警', '警察', '其他', ...['派出', '出所', '所长', '民警'].map(bigramKey)]

  it('gives each sentence the coverage measureCoverage gives it with its neighbours and passage as context', () => {
    const sentenceSets = fc.array(fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 6 }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(sentenceSets, (lists) => {
        const sentences = lists.map((terms) => new Set(terms))
        const passage = new Set(lists.flat())
        const fast = measureSentenceCoverages(q, sentences, defaultRankWeights)
        sentences.forEach((terms, i) => {
          const contexts = [
            { terms: sentences[i - 1] ?? new Set<string>(), credit: defaultRankWeights.neighbourCredit },
            { terms: sentences[i + 1] ?? new Set<string>(), credit: defaultRankWeights.neighbourCredit },
            { terms: passage, credit: defaultRankWeights.passageCredit },
          ]
          const slow = measureCoverage(q, terms, defaultRankWeights, contexts)
          expect(fast[i]!.words).toBeCloseTo(slow.words, 12)
          expect(fast[i]!.bigrams).toBeCloseTo(slow.bigrams, 12)
        })
      }),
      { numRuns: 500 },
    )
  })

  it('credits a word a follow-up assumed, in the sentences after the one naming it, at least the reference credit, and not before', () => {
    const subject = { ...word('所长', ['所长'], 3), assumed: true }
    const followUp: WeightedQuestion = { ...q, words: [subject, word('民警', ['民警', '警察'], 1)], bigrams: [{ term: bigramKey('所长'), weight: 1, assumed: true }] }
    const sentences = [new Set(['民警']), new Set(['所长', bigramKey('所长')]), new Set(['其他']), new Set(['民警'])]
    const [before, naming, between, after] = measureSentenceCoverages(followUp, sentences, defaultRankWeights)
    const { neighbourCredit: near, referenceCredit: reference } = defaultRankWeights
    // 所长 weighs 3 of 4, 民警 1 of 4; the naming sentence still scores 所长 highest
    expect(naming!.words).toBeCloseTo((3 + near) / 4)
    expect(between!.words).toBeCloseTo((3 * reference + near) / 4)
    expect(after!.words).toBeCloseTo((3 * reference + 1) / 4)
    expect(before!.words).toBeCloseTo((3 * near + 1) / 4)
    expect([before!.bigrams, after!.bigrams]).toEqual([near, reference])
  })
})
