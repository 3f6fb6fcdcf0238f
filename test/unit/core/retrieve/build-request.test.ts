import { describe, expect, it } from 'vitest'
import type { ParsedQuestion } from '../../../../src/core/question/read-question.js'
import { buildRetrievalRequest, defaultRequestOptions } from '../../../../src/core/retrieve/build-request.js'

const question = (words: ParsedQuestion['words']): ParsedQuestion => ({
  text: '', normalized: '', type: 'what', words, bigrams: [], pairs: [], unit: { kind: 'any' }, focus: '', numbers: [], numberUnits: [], cues: { askedForms: [], act: '', plural: false, identity: '', located: '', honoured: '', speaker: '', source: '', ordinal: 0, asserted: [], conferred: '', event: [] },
})

describe('buildRetrievalRequest', () => {
  const q = question([
    { term: '徒弟', forms: ['徒弟'], near: ['学徒', '师徒', '民警'], within: '' },
    { term: '民警', forms: ['民警', '警察'], within: '' },
  ])

  it('looks for each word once and its synonyms weaker, but not its thesaurus near-synonyms', () => {
    expect(buildRetrievalRequest(q, 0).words).toEqual([
      { term: '徒弟', boost: 1 },
      { term: '民警', boost: 1 },
      { term: '警察', boost: defaultRequestOptions.synonymBoost },
    ])
  })
})
