import { describe, expect, it } from 'vitest'
import { namesAssumedBefore, saysOwnWords } from '../../../../src/core/decide/follow-up-scope.js'
import type { RankedPassage } from '../../../../src/core/rerank/rerank.js'
import type { WeightedQuestion } from '../../../../src/core/rerank/weigh-question.js'
import type { IndexedPassage, IndexedSentence } from '../../../../src/core/retrieve/indexed-passage.js'

// A passage of sentences given as [text, terms]; only what the scope check reads is filled in.
function passageOf(sentences: [string, string[]][], contextTerms: string[] = []): IndexedPassage {
  let at = 0
  const indexed: IndexedSentence[] = sentences.map(([text, terms]) => ({ start: at, end: (at += text.length), terms }))
  return { text: sentences.map(([text]) => text).join(''), sentences: indexed, contextTerms } as unknown as IndexedPassage
}

const ranked = (passage: IndexedPassage, bestSentence: number, preceding: IndexedPassage[] = []) =>
  ({ candidate: { passage, preceding }, bestSentence }) as unknown as RankedPassage

const assuming = (term: string) => ({ words: [{ word: { term, forms: [term], within: '' }, assumed: true }] }) as unknown as WeightedQuestion

const caches = {
  termsOf: (p: IndexedPassage) => new Set(p.sentences.flatMap((s) => s.terms)),
  sentenceTermsOf: (s: IndexedSentence) => new Set(s.terms),
  contextTermsOf: (p: IndexedPassage) => new Set(p.contextTerms),
}

describe('namesAssumedBefore', () => {
  const passage = passageOf([
    ['他1990年入党。', ['他', '1990', '入党']],
    ['王立新是社区民警。', ['王立新', '社区', '民警']],
    ['他今年59岁。', ['他', '今年', '59', '岁']],
  ])

  it('holds when the person assumed is named in the answering sentence or one before it', () => {
    expect(namesAssumedBefore(assuming('王立新'), ranked(passage, 1), caches)).toBe(true)
    expect(namesAssumedBefore(assuming('王立新'), ranked(passage, 2), caches)).toBe(true)
  })

  it('fails for a sentence before the first mention, which is about someone else', () => {
    expect(namesAssumedBefore(assuming('王立新'), ranked(passage, 0), caches)).toBe(false)
  })

  it('holds when the heading or a passage before it names the one assumed', () => {
    const alone = passageOf([['他1990年入党。', ['他', '1990', '入党']]])
    expect(namesAssumedBefore(assuming('王立新'), ranked(passageOf(alone.sentences.map((s) => [alone.text, s.terms]), ['王立新']), 0), caches)).toBe(true)
    expect(namesAssumedBefore(assuming('王立新'), ranked(alone, 0, [passageOf([['王立新是民警。', ['王立新', '民警']]])]), caches)).toBe(true)
  })

  it('reads the sentence after a quotation, where its speaker is named', () => {
    const quoted = passageOf([
      ['“我一定办好。', ['我', '一定', '办好']],
      ['”听到这话，王立新笑了。', ['听到', '王立新', '笑']],
    ])
    expect(namesAssumedBefore(assuming('王立新'), ranked(quoted, 0), caches)).toBe(true)
  })
})

describe('saysOwnWords', () => {
  // 今天天气怎么样 read against 李兔儿: 李兔儿 carried over, 天气 said by the question itself
  const question = {
    words: [
      { word: { term: '李兔儿', forms: ['李兔儿'], within: '' }, assumed: true },
      { word: { term: '天气', forms: ['天气', '气候'], within: '' }, assumed: false },
    ],
  } as unknown as WeightedQuestion
  const withTerms = (terms: string[]) => ({ terms: new Set(terms) }) as unknown as RankedPassage

  it('fails for a passage matching only what the follow-up carried over', () => {
    expect(saysOwnWords(question, withTerms(['李兔儿', '社区', '民警']))).toBe(false)
  })

  it('holds when the passage has a word of the question itself, in any of its forms', () => {
    expect(saysOwnWords(question, withTerms(['李兔儿', '气候']))).toBe(true)
  })

  it('holds when the question says no word of its own', () => {
    expect(saysOwnWords(assuming('李兔儿'), withTerms(['社区']))).toBe(true)
  })
})
