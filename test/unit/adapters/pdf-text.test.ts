import { describe, expect, it } from 'vitest'
import { isPdf, readPdfText } from '../../../src/adapters/pdf-text.js'
import { drawPdf } from '../../helpers/pdf-page.js'

describe('readPdfText', () => {
  it('returns each page with its runs in points from the top-left corner, with their font size', async () => {
    const pdf = await drawPdf([{ lines: [{ text: '红巷沃土 向阳生长', x: 40, y: 100, size: 20 }] }, { lines: [{ text: '第二页正文。', x: 60, y: 300, size: 10 }] }])
    const pages = await readPdfText(pdf)
    expect(pages.map((page) => [page.width, page.height])).toEqual([[595, 842], [595, 842]])
    const [title] = pages[0]!.runs
    expect(title).toMatchObject({ text: '红巷沃土 向阳生长', x: 40, size: 20 })
    expect(title!.y).toBeCloseTo(100, -1)
    expect(title!.width).toBeGreaterThan(160)
    expect(pages[1]!.runs.map((run) => run.text)).toEqual(['第二页正文。'])
  })

  it('throws a plain message for a password-protected PDF', async () => {
    const pdf = await drawPdf([{ lines: [{ text: '内部资料', x: 40, y: 40, size: 12 }] }], { userPassword: 'secret' })
    await expect(readPdfText(pdf)).rejects.toThrow('the PDF is password-protected')
  })

  it('throws a plain message for a damaged PDF', async () => {
    await expect(readPdfText(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body'))).rejects.toThrow('not a readable PDF (damaged or not a PDF)')
  })
})

describe('isPdf', () => {
  it('returns true for bytes that start with %PDF-, whatever the file name', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.4\n'))).toBe(true)
    expect(isPdf(new TextEncoder().encode('红巷沃土'))).toBe(false)
    expect(isPdf(new Uint8Array())).toBe(false)
  })
})
