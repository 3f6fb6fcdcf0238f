import type { QueryWord } from '../question/read-question.js'
import type { NormalizedText } from '../text/normalize.js'

/**
 * The surface forms (as written) of the question's words found in a snippet, for highlighting:
 * each word's forms, and for a word the snippet does not hold, the character pairs of a longer
 * Han word (a word cut differently in the passage still shows), longest first, none inside another.
 */
export function findHighlights(text: string, normalized: NormalizedText, words: readonly QueryWord[]): string[] {
  const found = words.map((word) => ({ word, forms: findSurfaceForms(text, normalized, word.forms) }))
  // stray pairs that straddle two words would bold nonsense, so pairs only stand in for missing words
  const standIns = found.filter((w) => w.forms.length === 0).flatMap((w) => pairsOf(w.word.term))
  return mergeSurfaceForms([...found.flatMap((w) => w.forms), ...findSurfaceForms(text, normalized, new Set(standIns))])
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

// A form inside a longer one (第一 in 第一个) adds nothing to highlighting.
function mergeSurfaceForms(forms: string[]): string[] {
  const unique = [...new Set(forms)]
  return unique.filter((form) => !unique.some((other) => other.length > form.length && other.includes(form)))
}

function pairsOf(word: string): string[] {
  if (!/^\p{Script=Han}{3,}$/u.test(word)) return []
  return Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2))
}
