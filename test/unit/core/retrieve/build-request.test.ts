import { describe, expect, it } from 'vitest'
import type { ParsedQuestion } from '../../../../src/core/question/read-question.js'
import { buildRetrievalRequest, defaultRequestOptions } from '../../../../src/core/retrieve/build-request.js'

const question = (words: ParsedQuestion['words']): ParsedQuestion => ({
  text: '', normalized: '', type: 'what', words, bigrams: [], pairs: [], unit: { kind: 'any' }, focus: '', numbers: [], numberUnits: [], cues: { askedForms: [], act: '', plural: false, identity: '', located: '' },
})

describe('buildRetrievalRequest', () => {
  const q = question([
    { term: '徒弟', forms: ['徒弟'], near: ['学徒', '师徒', '民警'], within: '' },
    { term: '民警', forms: ['民警', '警察'], within: '' },
  ])

  it('looks for each word, its synonyms weaker and, when asked to, its thesaurus near-synonyms weaker still, each once', () => {
    expect(buildRetrievalRequest(q, 0, { ...defaultRequestOptions, thesaurusBoost: 0.4 }).words).toEqual([
      { term: '徒弟', boost: 1 },
      { term: '民警', boost: 1 },
      { term: '警察', boost: defaultRequestOptions.synonymBoost },
      { term: '学徒', boost: 0.4 },
      { term: '师徒', boost: 0.4 },
    ])
  })

  it('leaves the near-synonyms out when their boost is 0, as by default', () => {
    expect(buildRetrievalRequest(q, 0).words.map((w) => w.term)).toEqual(['徒弟', '民警', '警察'])
  })
})
