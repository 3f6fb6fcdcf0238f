/**
 * Section headings printed apart from the text (a column layout sets them in boxes, and the
 * extraction puts them after the text): each is placed before the paragraph where its section
 * starts, when the paragraphs' own words show where that is.
 */
import type { Paragraph } from '../core/types.js'
import { findTopicShift } from './topic-shift.js'

/** A heading placed before a paragraph, and what decided where. */
export interface PlacedHeading {
  heading: string
  /** Number of the first paragraph under the heading. */
  before: number
  /**
   * `words`: that paragraph opens with the heading's words; `topic`: the heading's words come later,
   * so the section starts where the topic changes most before them (worth a look).
   */
  by: 'words' | 'topic'
}

/** The paragraphs with headings set, or all headings left unplaced when that cannot be decided. */
export interface HeadingPlacement {
  paragraphs: Paragraph[]
  placed: PlacedHeading[]
  unplaced: string[]
}

/** Shortest run of Han characters matched from a heading (two characters match almost anywhere). */
const minPhraseLength = 3
/** A phrase in more paragraphs than this is a theme of the whole article, not the mark of a section. */
const maxPhraseParagraphs = 2
/** How far into a paragraph the heading's words count as its opening (about two lines of a column). */
const openingLength = 40

/**
 * Places `headings` (found apart from the text) over body `paragraphs` that have none yet. A
 * heading's marks are its phrases (3+ Han characters) that occur in one or two paragraphs; its
 * section starts at the first of them, or earlier where the topic shifts, and must end before the
 * next heading's first mark. Returns every heading unplaced when the paragraphs already have
 * headings, when a heading has no mark, or when two headings' marks interleave.
 */
export function placeHeadings(paragraphs: readonly Paragraph[], headings: readonly string[]): HeadingPlacement {
  const unplaced: HeadingPlacement = { paragraphs: [...paragraphs], placed: [], unplaced: [...headings] }
  if (headings.length === 0 || paragraphs.some((p) => p.heading !== '')) return unplaced
  const texts = paragraphs.map((p) => p.text)
  const marks = headings.map((heading) => findMarks(heading, texts))
  if (marks.some((found) => found.paragraphs.length === 0)) return unplaced
  const order = headings.map((_, i) => i).sort((a, b) => marks[a]!.paragraphs[0]! - marks[b]!.paragraphs[0]!)
  const interleaved = order.some((heading, i) => i > 0 && marks[order[i - 1]!]!.paragraphs.at(-1)! >= marks[heading]!.paragraphs[0]!)
  if (interleaved) return unplaced
  const placed = order.map((heading, i): PlacedHeading => {
    const first = marks[heading]!.paragraphs[0]!
    const low = i === 0 ? 0 : marks[order[i - 1]!]!.paragraphs.at(-1)! + 1
    const opens = marks[heading]!.phrases.some((phrase) => texts[first]!.slice(0, openingLength).includes(phrase))
    if (opens || low === first) return { heading: headings[heading]!, before: first + 1, by: 'words' }
    const candidates = Array.from({ length: first - low + 1 }, (_, k) => low + k)
    return { heading: headings[heading]!, before: findTopicShift(texts, candidates) + 1, by: 'topic' }
  })
  const out = paragraphs.map((p) => ({ ...p }))
  placed.forEach((entry, i) => {
    const end = placed[i + 1]?.before ?? out.length + 1
    for (let n = entry.before; n < end; n++) out[n - 1]!.heading = entry.heading
  })
  return { paragraphs: out, placed, unplaced: [] }
}

interface Marks {
  /** The heading's phrases found in one or two paragraphs. */
  phrases: string[]
  /** Indexes of the paragraphs holding them, ascending. */
  paragraphs: number[]
}

function findMarks(heading: string, texts: readonly string[]): Marks {
  const phrases: string[] = []
  const found = new Set<number>()
  for (const phrase of phrasesOf(heading)) {
    const holders = texts.flatMap((text, index) => (text.includes(phrase) ? [index] : []))
    if (holders.length === 0 || holders.length > maxPhraseParagraphs) continue
    phrases.push(phrase)
    for (const index of holders) found.add(index)
  }
  return { phrases, paragraphs: [...found].sort((a, b) => a - b) }
}

/** Every stretch of 3 or more characters inside the heading's Han runs. */
function phrasesOf(heading: string): string[] {
  const phrases = new Set<string>()
  for (const [run] of heading.matchAll(/\p{Script=Han}+/gu)) {
    for (let start = 0; start + minPhraseLength <= run.length; start++) {
      for (let end = start + minPhraseLength; end <= run.length; end++) phrases.add(run.slice(start, end))
    }
  }
  return [...phrases]
}
