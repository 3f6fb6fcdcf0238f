import type { NormalizedText } from '../text/normalize.js'

/** Longest snippet shown, in characters. */
export const maxSnippetChars = 400

/**
 * The part of a passage to show: the whole passage when it fits in `maxChars`, else a window of
 * whole sentences around the answering sentence.
 */
export function cutSnippet(text: string, sentences: readonly { start: number; end: number }[], best: number, maxChars = maxSnippetChars): string {
  if (text.length <= maxChars) return text
  let first = best
  let last = best
  const span = () => sentences[last]!.end - sentences[first]!.start
  for (let grew = true; grew; ) {
    grew = false
    if (last + 1 < sentences.length && sentences[last + 1]!.end - sentences[first]!.start <= maxChars) {
      last++
      grew = true
    }
    if (first > 0 && sentences[last]!.end - sentences[first - 1]!.start <= maxChars) {
      first--
      grew = true
    }
  }
  const snippet = text.slice(sentences[first]!.start, sentences[last]!.end)
  return span() <= maxChars ? snippet : snippet.slice(0, maxChars)
}

/**
 * The surface forms in `text` (as written, e.g. traditional or full-width) of the normalized
 * `terms`, longest first, for highlighting; terms that do not occur are left out. `normalized` is
 * the text's normalized form with origins, so several term sets share one normalization.
 */
export function findSurfaceForms(text: string, { text: normalized, origin }: NormalizedText, terms: Iterable<string>): string[] {
  const surfaces = new Set<string>()
  for (const term of terms) {
    if (term === '') continue
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
      const start = origin[at]!
      const endOrigin = origin[at + term.length - 1]!
      const end = endOrigin + (text.codePointAt(endOrigin)! > 0xffff ? 2 : 1)
      surfaces.add(text.slice(start, end))
    }
  }
  return [...surfaces].sort((a, b) => b.length - a.length)
}
