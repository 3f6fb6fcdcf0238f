import { describe, expect, it } from 'vitest'
import { createIntWriter } from '../../../../src/core/retrieve/int-writer.js'

describe('an int writer', () => {
  it('keeps every number pushed, in order, past its first buffer', () => {
    const writer = createIntWriter()
    for (let n = 0; n < 70_000; n++) writer.push(n)
    expect(writer.length).toBe(70_000)
    expect(writer.view()[69_999]).toBe(69_999)
    expect(writer.view()[0]).toBe(0)
  })

  it('takes numbers written into reserved room once advanced', () => {
    const writer = createIntWriter()
    writer.push(7)
    writer.reserve(3).set([1, 2, 3], writer.length)
    writer.advance(3)
    expect([...writer.view()]).toEqual([7, 1, 2, 3])
  })
})
