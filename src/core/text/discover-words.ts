import type { SegmentedWord, Segmenter } from '../types.js'

/** How new words are found in a corpus. */
export interface DiscoveryOptions {
  /** Occurrences a character sequence needs to count as a word. Default 3. */
  minCount: number
  /** Longest sequence considered, in characters. Default 4. */
  maxLength: number
  /**
   * Text read at most, in characters (default 2,000,000): recurring names show up long before the
   * end of a large archive, and reading all of it would cost a second segmentation of the corpus.
   */
  maxChars: number
}

const defaults: DiscoveryOptions = { minCount: 3, maxLength: 4, maxChars: 2_000_000 }

// Function characters glue words together (东湖的, 在东湖); a sequence holding one is not a name.
const GLUE = new Set('的了着过地得之是在和与及或也都就还又被把对将从以于为向给让由而并但等这那其此该我你他她它有个一不年月日'.split(''))

/**
 * Finds the corpus' own words that the segmenter does not know: character sequences that recur
 * (东湖 in 东湖巷, 东湖派出所, 东湖街道) yet are cut into single characters every time.
 */
export function discoverWords(texts: Iterable<string>, segmenter: Segmenter, options: Partial<DiscoveryOptions> = {}): string[] {
  const opts = { ...defaults, ...options }
  const counts = new Map<string, number>()
  let read = 0
  for (const text of texts) {
    if (read > opts.maxChars) break
    read += text.length
    const runs = text.match(/\p{Script=Han}+/gu) ?? []
    // one call to the segmenter per text rather than per run, where it can cut several at once
    const cuts = segmenter.cutEach?.(runs) ?? runs.map((run) => segmenter.cut(run))
    runs.forEach((run, i) => {
      for (const piece of findSingleCharacterRuns(run, cuts[i]!)) countSequences(piece, opts.maxLength, counts)
    })
  }
  const frequent = [...counts].filter(([, n]) => n >= opts.minCount)
  const parts = findPartsOfLongerWords(frequent)
  return frequent.filter(([word]) => !parts.has(word)).map(([word]) => word).sort()
}

// A sequence that only ever occurs inside one longer frequent sequence (as often as it) is part of
// that word. Found from each sequence's own pieces, not by comparing every pair of sequences: that
// grew with the square of their number (15,000 at 100k passages: over a minute).
function findPartsOfLongerWords(frequent: readonly (readonly [string, number])[]): Set<string> {
  const countOf = new Map(frequent)
  const parts = new Set<string>()
  for (const [word, n] of frequent) {
    for (let length = 2; length < word.length; length++) {
      for (let i = 0; i + length <= word.length; i++) {
        const piece = word.slice(i, i + length)
        if (countOf.get(piece) === n) parts.add(piece)
      }
    }
  }
  return parts
}

// Stretches of the text that the segmenter cut into lone characters, split at glue characters.
function findSingleCharacterRuns(run: string, cut: readonly SegmentedWord[]): string[] {
  const longest = new Map<number, number>()
  for (const { word, start } of cut) longest.set(start, Math.max(longest.get(start) ?? 0, word.length))
  const pieces: string[] = []
  let current = ''
  for (let at = 0; at < run.length; ) {
    const length = longest.get(at) ?? 1
    const char = run[at]!
    if (length === 1 && !GLUE.has(char)) current += char
    else {
      if (current.length >= 2) pieces.push(current)
      current = ''
    }
    at += length
  }
  if (current.length >= 2) pieces.push(current)
  return pieces
}

function countSequences(piece: string, maxLength: number, counts: Map<string, number>): void {
  for (let length = 2; length <= Math.min(maxLength, piece.length); length++) {
    for (let i = 0; i + length <= piece.length; i++) {
      const sequence = piece.slice(i, i + length)
      counts.set(sequence, (counts.get(sequence) ?? 0) + 1)
    }
  }
}
