/**
 * The terms of a saved index, sorted, in one string (a line each), found by binary search. A
 * million terms as one string are one object to parse and hold, where an array of strings and a
 * Map from each to its count were two million objects (and a second of loading at 100k passages).
 */
export interface SavedVocabulary {
  readonly size: number
  /** The term at this position (a new string each call). */
  term(id: number): string
  /** The position of a term, or -1 when the vocabulary does not hold it. */
  find(term: string): number
}

/**
 * Joins sorted terms into a vocabulary's text; throws when they are not sorted and distinct or a
 * term is empty or holds a line break (the analyzer's terms never are or do).
 */
export function joinVocabulary(sorted: readonly string[]): string {
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i] === '' || sorted[i]!.includes('\n')) throw new Error(`the term ${JSON.stringify(sorted[i])} is empty or holds a line break`)
    if (i > 0 && !(sorted[i - 1]! < sorted[i]!)) throw new Error('vocabulary terms must be sorted and distinct')
  }
  return sorted.join('\n')
}

/** Reads a vocabulary's text; throws when its terms are not sorted and distinct (a damaged index). */
export function readVocabulary(text: string): SavedVocabulary {
  const count = text === '' ? 0 : countLines(text)
  const starts = new Int32Array(count + 1)
  for (let i = 0, at = 0; i < count; i++) {
    starts[i] = at
    const end = text.indexOf('\n', at)
    at = end < 0 ? text.length + 1 : end + 1
  }
  starts[count] = text.length + 1
  const term = (id: number) => text.slice(starts[id]!, starts[id + 1]! - 1)
  const stored = (id: number): Span => [text, starts[id]!, starts[id + 1]! - 1 - starts[id]!]
  for (let id = 1; id < count; id++) if (compareSpans(stored(id - 1), stored(id)) >= 0) throw new Error('the index is damaged (its vocabulary is not sorted)')
  const find = (query: string) => {
    let low = 0
    let high = count - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const d = compareSpans([query, 0, query.length], stored(middle))
      if (d === 0) return middle
      if (d > 0) low = middle + 1
      else high = middle - 1
    }
    return -1
  }
  return { size: count, term, find }
}

// A run of a string: the string, where the run starts, and its length.
type Span = readonly [text: string, start: number, length: number]

// Two runs compared as `<` compares strings (by UTF-16 code unit), without slicing them out.
function compareSpans([a, startA, lengthA]: Span, [b, startB, lengthB]: Span): number {
  const n = Math.min(lengthA, lengthB)
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(startA + k) - b.charCodeAt(startB + k)
    if (d !== 0) return d
  }
  return lengthA - lengthB
}

function countLines(text: string): number {
  let count = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++
  return count
}
