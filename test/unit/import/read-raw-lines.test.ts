import { describe, expect, it } from 'vitest'
import { decodeRawText, readRawLines } from '../../../src/import/read-raw-lines.js'

describe('readRawLines', () => {
  it('returns non-blank lines with the blank lines before them, whitespace-only lines counting as blank', () => {
    expect(readRawLines('甲\n\n \n\n乙\r\n 丙  丁\n')).toEqual([
      { text: '甲', gap: 0, indented: false },
      { text: '乙', gap: 3, indented: false },
      { text: '丙 丁', gap: 0, indented: true },
    ])
  })
})

describe('decodeRawText', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)

  it('returns the text without its BOM when it is UTF-8', () => {
    expect(decodeRawText(bytes('\uFEFF小巷幽幽'))).toBe('小巷幽幽')
  })

  it('returns a problem when the file is empty, binary or not UTF-8', () => {
    expect(decodeRawText(bytes(' \n'))).toEqual({ problem: 'empty file' })
    expect(decodeRawText(new Uint8Array([0x50, 0x4b, 0x00, 0x01]))).toEqual({ problem: 'binary file, not text' })
    expect(decodeRawText(new Uint8Array([0xc3, 0x28, 0x41]))).toEqual({ problem: 'not valid UTF-8 text (save it as UTF-8)' })
  })
})
