import { describe, expect, it } from 'vitest'
import { voteAfterTap } from '../../../src/core/vote.js'

describe('voteAfterTap', () => {
  it('sets a first vote, replaces it with the other thumb, and withdraws it with the same thumb', () => {
    expect(voteAfterTap(0, 1)).toBe(1)
    expect(voteAfterTap(1, -1)).toBe(-1)
    expect(voteAfterTap(-1, -1)).toBe(0)
  })
})
