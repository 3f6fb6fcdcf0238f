import { describe, expect, it } from 'vitest'
import { findDrops, roundFigures } from '../../../src/eval/figures.js'
import type { Metrics } from '../../../src/eval/metrics.js'

const metrics = (over: Partial<Metrics> = {}): Metrics => ({ answerable: 10, unanswerable: 5, hit1: 0.9, hit3: 1, mrr: 0.95, sentence1: 0.8, declined: 0.8, falseAbstention: 0.1, ...over })

describe('findDrops', () => {
  it('returns nothing when every figure is as good or better', () => {
    expect(findDrops({ a: metrics() }, { a: metrics({ hit1: 1, falseAbstention: 0 }) })).toEqual([])
  })

  it('names each figure that fell beyond the tolerance, and answerable declines that rose', () => {
    expect(findDrops({ a: metrics() }, { a: metrics({ hit1: 0.8, sentence1: 0.797, falseAbstention: 0.2 }) })).toEqual(['a hit1 0.900 → 0.800', 'a falseAbstention 0.100 → 0.200'])
  })

  it('names a set recorded but not measured, and one whose questions changed', () => {
    expect(findDrops({ a: metrics(), b: metrics() }, { b: metrics({ answerable: 11 }) })).toEqual([
      'a was not measured',
      'b has 11+5 questions, not 10+5: record its figures again',
    ])
  })
})

describe('roundFigures', () => {
  it('rounds the shares to three decimals and keeps the counts', () => {
    expect(roundFigures({ a: metrics({ hit1: 0.98765 }) }).a).toMatchObject({ answerable: 10, hit1: 0.988 })
  })
})
