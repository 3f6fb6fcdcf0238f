/**
 * Raw text as the PDF extraction left it: decoding with clear problems, then non-blank lines that
 * remember how many blank lines stood before them (the only trace of page and column breaks).
 */

/** A non-blank line of raw text with the layout clues around it. */
export interface RawLine {
  /** The line without surrounding whitespace; runs of inner spaces become one space. */
  text: string
  /** Blank (or whitespace-only) lines directly before this line. */
  gap: number
  /** True when the line began with whitespace: the extraction's sign of a new text block. */
  indented: boolean
  /** Font size in points, when the line comes from a PDF's layout; pasted text has none. */
  size?: number
}

/** Largest raw file read (bytes); articles are a few kilobytes. */
export const maxRawBytes = 2 * 1024 * 1024

/**
 * Decodes a raw article file, or returns why it cannot be imported: empty, too large, binary
 * (NUL or many control bytes) or not UTF-8. A leading BOM is dropped.
 */
export function decodeRawText(bytes: Uint8Array): string | { problem: string } {
  if (bytes.length > maxRawBytes) return { problem: `too large (${bytes.length} bytes, at most ${maxRawBytes})` }
  if (bytes.includes(0) || countControlBytes(bytes) > 8) return { problem: 'binary file, not text' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { problem: 'not valid UTF-8 text (save it as UTF-8)' }
  }
  text = text.replace(/^\uFEFF/, '')
  if (text.trim() === '') return { problem: 'empty file' }
  return text
}

// Text holds no C0 controls other than tab, newline, form feed and carriage return.
function countControlBytes(bytes: Uint8Array): number {
  let count = 0
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) count++
  return count
}

/** Splits text into its non-blank lines, each with the number of blank lines before it. */
export function readRawLines(text: string): RawLine[] {
  if (HTML_BLOCK.test(text)) text = htmlToText(text)
  const lines: RawLine[] = []
  let gap = 0
  // form feeds are page breaks: count them as blank lines
  for (const raw of text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').split('\n')) {
    const trimmed = raw.replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, ' ').trim()
    if (trimmed === '') {
      gap++
      continue
    }
    lines.push({ text: trimmed, gap, indented: /^[\s\u00a0\u3000]/u.test(raw) })
    gap = 0
  }
  return lines
}

// Text copied from a page's source keeps its markup (<p>…</p>, <br>, &nbsp;): a block ends a line.
const HTML_BLOCK = /<\/?(?:p|br|div|section|article|h[1-6]|li)(?:\s[^>]*)?\/?>/iu
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', mdash: '—', hellip: '…' }

function htmlToText(text: string): string {
  return text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/giu, '')
    .replace(/<\/?(?:p|br|div|section|article|h[1-6]|li|tr)(?:\s[^>]*)?\/?>/giu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/giu, (entity, name: string) => decodeEntity(name) ?? entity)
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }
  return ENTITIES[name.toLowerCase()]
}
