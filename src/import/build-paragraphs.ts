import type { Paragraph } from '../core/types.js'
import { captionHeading } from '../adapters/article-markdown.js'
import { dropDoubledAtBreaks, type DoubledRepair, type WordEvidence } from './doubled-at-break.js'
import type { ClassifiedLine } from './find-headings.js'
import { joinLines, removeStraySpaces } from '../core/text/join-lines.js'
import { endsSentence, visibleLength } from './line-shapes.js'

/** How paragraphs are joined from their lines. */
export interface ParagraphOptions {
  /** Dictionary evidence for dropping text doubled across a break; without it nothing is dropped. */
  words?: WordEvidence
  /** Told of each doubled text dropped. */
  onRepair?: (repair: DoubledRepair) => void
}

/**
 * Joins classified lines into numbered paragraphs. A paragraph ends where a line ends a sentence
 * (in column text only when the line is also short or the next one is indented), or at a heading.
 * Captions follow the text under the `图片说明` heading; returns `[]` when there is no text.
 */
export function buildParagraphs(lines: readonly ClassifiedLine[], columnText: boolean, options: ParagraphOptions = {}): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const push = (heading: string, pieces: readonly string[]): void => {
    const text = cleanText(pieces, options)
    if (text !== '') paragraphs.push({ n: paragraphs.length + 1, heading, text })
  }
  const flow = lines.filter((line) => line.kind !== 'caption')
  let heading = ''
  let pending: string[] = []
  flow.forEach((line, index) => {
    if (line.kind === 'heading') {
      push(heading, pending)
      pending = []
      heading = line.text
      return
    }
    pending.push(line.text)
    if (endsParagraph(flow, index, columnText)) {
      push(heading, pending)
      pending = []
    }
  })
  push(heading, pending)
  for (const caption of lines.filter((line) => line.kind === 'caption')) push(captionHeading, [caption.text])
  return paragraphs
}

function cleanText(pieces: readonly string[], options: ParagraphOptions): string {
  if (options.words === undefined || pieces.length < 2) return removeStraySpaces(joinLines(pieces))
  const repaired = dropDoubledAtBreaks(pieces.map((piece) => piece.trim()), options.words)
  for (const repair of repaired.repairs) options.onRepair?.(repair)
  return removeStraySpaces(joinLines(repaired.pieces))
}

/** Longest line still taken as a line of column text; longer lines are whole paragraphs. */
const maxColumnLine = 25

// Column text wraps every few characters, so a sentence can end at a full-width line mid-paragraph;
// a paragraph's last line is shorter than the one above, or the next line is indented (shorter).
function endsParagraph(flow: readonly ClassifiedLine[], index: number, columnText: boolean): boolean {
  const line = flow[index]!
  if (!endsSentence(line.text)) return false
  if (!columnText || visibleLength(line.text) > maxColumnLine) return true
  const width = (i: number): number => {
    const other = flow[i]
    return other === undefined || other.kind !== 'text' ? 0 : visibleLength(other.text)
  }
  const length = width(index)
  const nextIndented = width(index + 1) < width(index + 2)
  return length < width(index - 1) - 1 || nextIndented || width(index + 1) === 0
}
