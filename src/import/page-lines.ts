/**
 * A PDF page's text as the importer's raw lines: runs in reading order become lines, lines become
 * paragraphs where the type indents, changes size or a short line ends a sentence, and each
 * paragraph is one raw line, as in text pasted from the page. Blocks are set apart by blank lines
 * the way a page or column break is in pasted text.
 */
import { joinLines } from '../core/text/join-lines.js'
import { endsSentence, isByline } from './line-shapes.js'
import type { PageText, TextRun } from '../core/text/page-text.js'
import type { RawLine } from './read-raw-lines.js'
import { orderBlocks, typicalSize } from './reading-order.js'

/** Blank lines standing for a block break (column, photo, item), as a page break shows in pasted text. */
const blockGap = 3

interface Line {
  text: string
  left: number
  right: number
  top: number
  bottom: number
  size: number
}

/** The raw lines of all pages in reading order, each paragraph one line carrying its font size. */
export function readPageLines(pages: readonly PageText[]): RawLine[] {
  const lines: RawLine[] = []
  for (const page of pages) {
    for (const block of orderBlocks(page.runs)) {
      for (const [index, paragraph] of splitParagraphs(groupLines(block)).entries()) {
        lines.push({ ...paragraph, gap: lines.length === 0 ? 0 : index === 0 ? blockGap : 1 })
      }
    }
  }
  return lines
}

// Runs whose middles fall within one another's height share a line; left to right inside it.
function groupLines(block: readonly TextRun[]): Line[] {
  const rows: TextRun[][] = []
  for (const run of [...block].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.at(-1)
    const middle = run.y + run.size / 2
    if (row !== undefined && row.some((other) => middle > other.y && middle < other.y + other.size)) row.push(run)
    else rows.push([run])
  }
  return rows.map(toLine)
}

function toLine(row: readonly TextRun[]): Line {
  const runs = [...row].sort((a, b) => a.x - b.x)
  let text = ''
  let end = -Infinity
  for (const run of runs) {
    // a visible gap between runs is a space the PDF left out (spaced bylines, a U+3000 pdf.js dropped)
    if (text !== '' && run.x - end > run.size * 0.25) text += ' '
    text += run.text
    end = run.x + run.width
  }
  return {
    text: text.replace(/\s+/gu, ' ').trim(),
    left: Math.min(...runs.map((run) => run.x)),
    right: Math.max(...runs.map((run) => run.x + run.width)),
    top: Math.min(...runs.map((run) => run.y)),
    bottom: Math.max(...runs.map((run) => run.y + run.size)),
    size: typicalSize(runs),
  }
}

function splitParagraphs(lines: readonly Line[]): Omit<RawLine, 'gap'>[] {
  if (lines.length === 0) return []
  const left = Math.min(...lines.map((line) => line.left))
  const right = Math.max(...lines.map((line) => line.right))
  const paragraphs: { lines: Line[]; indented: boolean }[] = []
  lines.forEach((line, index) => {
    const previous = lines[index - 1]
    const indented = line.left - left > line.size * 0.9
    if (previous === undefined || startsParagraph(previous, line, indented, right)) paragraphs.push({ lines: [line], indented })
    else paragraphs.at(-1)!.lines.push(line)
  })
  return paragraphs.map(({ lines: members, indented }) => ({
    text: joinLines(members.map((line) => line.text)),
    indented,
    size: typicalSize(members.map((line) => ({ text: line.text, size: line.size }))),
  }))
}

// An indent, a change of type, extra space above, a byline (stacked bylines are lines of their own),
// or a short line that ends a sentence. A short line alone is no break: text wraps short around
// photos, mid-sentence.
function startsParagraph(previous: Line, line: Line, indented: boolean, right: number): boolean {
  if (indented || Math.abs(line.size - previous.size) > previous.size * 0.1) return true
  if (isByline(previous.text) || isByline(line.text)) return true
  if (line.top - previous.bottom > line.size * 0.8) return true
  return previous.right < right - line.size * 1.5 && endsSentence(previous.text)
}
