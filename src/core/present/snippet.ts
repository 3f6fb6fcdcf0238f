import { cutText } from '../text/cut-text.js'

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
  return span() <= maxChars ? snippet : cutText(snippet, maxChars)
}
