import type { Term } from '../../src/core/text/analyzer.js'

/** The terms of `text` cut at `words`, in order, each found after the one before (with its offsets). */
export function cutTerms(text: string, words: readonly string[]): Term[] {
  let at = 0
  return words.map((term) => {
    const start = text.indexOf(term, at)
    at = start + term.length
    return { term, start, end: at }
  })
}
