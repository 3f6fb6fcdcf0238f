import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import PDFDocument from 'pdfkit'

/** One line of text drawn at a position (points from the top-left corner) in a size. */
export interface DrawnLine {
  text: string
  x: number
  y: number
  size: number
}

// Noto Sans CJK SC from @embedpdf/fonts-sc; its exports map hides the fonts folder, so walk to it
// from the package entry. Read once per test file; pdfkit subsets it into each document.
const require = createRequire(import.meta.url)
let font: Buffer | undefined
function cjkFont(): Buffer {
  font ??= readFileSync(join(dirname(require.resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf'))
  return font
}

/**
 * A PDF whose pages hold exactly these lines, drawn in the order given (which need not be reading
 * order), in a CJK font, with optional grey boxes standing for photos. Pages are A4-sized by default;
 * a user password encrypts the file.
 */
export async function drawPdf(
  pages: readonly { lines: readonly DrawnLine[]; photos?: readonly { x: number; y: number; width: number; height: number }[] }[],
  options: { size?: [number, number]; userPassword?: string } = {},
): Promise<Uint8Array> {
  const size = options.size ?? [595, 842]
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { Title: 'wenda test page' }, ...(options.userPassword ? { userPassword: options.userPassword } : {}) })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.registerFont('cjk', cjkFont())
  for (const page of pages) {
    doc.addPage({ size, margin: 0 })
    for (const photo of page.photos ?? []) doc.rect(photo.x, photo.y, photo.width, photo.height).fill('#cccccc')
    doc.fillColor('black').font('cjk')
    // lineBreak off: each line lands exactly where the test put it, top at y
    for (const line of page.lines) doc.fontSize(line.size).text(line.text, line.x, line.y, { lineBreak: false, baseline: 'top' })
  }
  doc.end()
  return new Uint8Array(await done)
}

/** Where a column's lines go: left edge, top, width in characters, type size and line height. */
export interface ColumnFrame {
  x: number
  y: number
  chars: number
  size: number
  /** Distance between the tops of two lines; default 1.5 × size. */
  leading?: number
}

/**
 * Sets paragraphs in a column the way a newspaper does: each paragraph's first line indented two
 * characters, lines broken every `chars` characters. Returns the lines, top to bottom, and the y
 * below the last one.
 */
export function setColumn(paragraphs: readonly string[], frame: ColumnFrame): { lines: DrawnLine[]; bottom: number } {
  const leading = frame.leading ?? frame.size * 1.5
  const lines: DrawnLine[] = []
  let y = frame.y
  for (const paragraph of paragraphs) {
    const chars = [...paragraph]
    let first = true
    while (chars.length > 0) {
      const indent = first ? 2 : 0
      const text = chars.splice(0, frame.chars - indent).join('')
      lines.push({ text, x: frame.x + indent * frame.size, y, size: frame.size })
      y += leading
      first = false
    }
  }
  return { lines, bottom: y }
}
