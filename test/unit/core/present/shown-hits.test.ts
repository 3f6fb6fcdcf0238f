import { describe, expect, it } from 'vitest'
import { shownHits } from '../../../../src/core/present/shown-hits.js'
import type { Hit } from '../../../../src/core/types.js'

const source = { id: 'a', title: '标题', newspaper: '报', date: '', page: '', paragraph: 1, heading: '', passageId: 'a#1' }
const hit = (text: string): Hit => ({ text, sentence: text, terms: [], score: 1, source })

describe('shownHits', () => {
  it('shows the results of an answer', () => {
    expect(shownHits({ question: 'q', abstained: false, results: [hit('答')] }).map((h) => h.text)).toEqual(['答'])
  })

  it('shows the passages that came close when declined, and nothing when none did', () => {
    expect(shownHits({ question: 'q', abstained: true, results: [], related: [hit('近')] }).map((h) => h.text)).toEqual(['近'])
    expect(shownHits({ question: 'q', abstained: true, results: [] })).toEqual([])
  })
})
