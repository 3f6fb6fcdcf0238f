import type { Span } from './occurrences.js'

/**
 * The first and last of a text's `sentences` that the quotation sentence `i` stands in spans: one
 * opened (“) in an earlier sentence or closing (”) in a later one; `[i, i]` when it spans no other.
 * Quotation marks are counted from the text's start.
 */
export function findQuotationSentences(text: string, sentences: readonly Span[], i: number): [number, number] {
  // inside a quotation where sentence k starts
  const inside = (k: number) => {
    const before = text.slice(0, sentences[k]!.start)
    return before.split('“').length > before.split('”').length
  }
  let first = i
  while (first > 0 && inside(first)) first--
  let last = i
  while (last < sentences.length - 1 && inside(last + 1)) last++
  return [first, last]
}
