import { describe, expect, it } from 'vitest'
import { packContainer, unpackContainer } from '../../../src/core/binary-container.js'

const head = { name: '红巷', n: 3 }
const sections = [Uint32Array.from([1, 2, 0xffffffff]), Uint16Array.from([7, 65535, 9]), Uint32Array.from([42])]

describe('packContainer and unpackContainer', () => {
  it('give back the head and every section, each aligned for typed-array views', () => {
    const { head: back, sections: arrays } = unpackContainer(packContainer(head, sections))
    expect(back).toMatchObject(head)
    expect(arrays.map((a) => [...a])).toEqual(sections.map((a) => [...a]))
    expect(arrays.map((a) => a.constructor)).toEqual([Uint32Array, Uint16Array, Uint32Array])
  })

  it('reads bytes that start at an odd offset (a Buffer from Node\'s pool)', () => {
    const bytes = packContainer(head, sections)
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect([...unpackContainer(shifted.subarray(1)).sections[1]!]).toEqual([7, 65535, 9])
  })

  it('throws on cut-short or overlong bytes instead of reading half a section', () => {
    const bytes = packContainer(head, sections)
    expect(() => unpackContainer(bytes.subarray(0, bytes.length - 4))).toThrow('a section is cut short')
    expect(() => unpackContainer(bytes.subarray(0, 10))).toThrow('shorter than its head')
    expect(() => unpackContainer(new Uint8Array([...bytes, 0, 0, 0, 0]))).toThrow('bytes left after its sections')
    expect(() => unpackContainer(new Uint8Array(0))).toThrow('shorter than its head')
  })

  it('returns no sections for a head written without a section table (another format)', () => {
    const json = new TextEncoder().encode('{"format":1}')
    const bytes = new Uint8Array([json.length, 0, 0, 0, ...json])
    expect(unpackContainer(bytes)).toEqual({ head: { format: 1 }, sections: [] })
  })
})
