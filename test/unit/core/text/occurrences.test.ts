import { describe, expect, it } from 'vitest'
import { findOccurrences } from '../../../../src/core/text/occurrences.js'

describe('findOccurrences', () => {
  it('finds every place a text names a name, none overlapping, and none of an empty name', () => {
    expect(findOccurrences('王立新说，王立新笑了', '王立新')).toEqual([{ start: 0, end: 3 }, { start: 5, end: 8 }])
    expect(findOccurrences('哈哈哈', '哈哈')).toEqual([{ start: 0, end: 2 }])
    expect(findOccurrences('王立新', '')).toEqual([])
  })
})
