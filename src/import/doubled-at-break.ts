/**
 * Text printed twice across a line, column or page break (…教育整顿 / 顿开展 → 整顿顿开展): the
 * extraction repeats the last character or word of a column at the top of the next one. Removed
 * only when jieba's dictionary and the text's own words say the doubled form is no word.
 */

import type { Segmenter } from '../core/types.js'

/** What decides whether text doubled at a break is a glitch or the language's own (谢谢, 天天). */
export interface WordEvidence {
  /** Jieba's partition of a short run (dictionary words, no guessing): 整顿顿开展 → 整顿/顿/开展. */
  cut: (text: string) => readonly string[]
  /** How often `text` occurs in the rest of the document: its own words, such as names jieba lacks. */
  countElsewhere: (text: string) => number
}

/**
 * A {@link WordEvidence} `cut` from a search-mode segmenter (which adds the words inside longer
 * ones: 教育整顿 → 教育, 整顿, 教育整顿): the words no longer word covers, in text order.
 */
export function partitionCut(segmenter: Segmenter): (text: string) => string[] {
  return (text) => {
    const words = segmenter.cut(text).map(({ word, start }) => ({ word, start, end: start + word.length }))
    const covered = (w: (typeof words)[number]): boolean =>
      words.some((other) => other.end - other.start > w.end - w.start && other.start <= w.start && other.end >= w.end)
    return words.filter((w) => !covered(w)).sort((a, b) => a.start - b.start).map((w) => w.word)
  }
}

/** One removal, for the import report: what was dropped and where. */
export interface DoubledRepair {
  dropped: string
  /** The break in context, marked with `|`: `教育整顿|顿开展了`. */
  at: string
}

/** Longest doubled string looked for (a word); longer repeats are left alone. */
const maxDoubled = 4
/** Characters on each side of the break that the dictionary sees. */
const contextLength = 4

const hanOnly = /^\p{Script=Han}+$/u

/**
 * The text to drop from the start of `right` because it repeats the end of `left` by mistake, or
 * `''`. Kept when the doubled form is a word (谢谢, 一面面), when the text uses it elsewhere, when
 * both copies belong to words (学生 / 生活), or when neither does and the text cannot tell.
 */
export function findDoubledAtBreak(left: string, right: string, words: WordEvidence): string {
  for (let length = maxDoubled; length >= 1; length--) {
    const doubled = right.slice(0, length)
    if (doubled.length === length && hanOnly.test(doubled) && left.endsWith(doubled) && isGlitch(left, right, doubled, words)) return doubled
  }
  return ''
}

/**
 * Drops text doubled at each break between the pieces (lines) of one paragraph; returns the pieces,
 * the first unchanged, and what was dropped.
 */
export function dropDoubledAtBreaks(pieces: readonly string[], words: WordEvidence): { pieces: string[]; repairs: DoubledRepair[] } {
  const out: string[] = []
  const repairs: DoubledRepair[] = []
  let left = ''
  for (const piece of pieces) {
    const doubled = left === '' ? '' : findDoubledAtBreak(left, piece, words)
    const kept = piece.slice(doubled.length)
    if (doubled !== '') repairs.push({ dropped: doubled, at: `${left.slice(-contextLength - doubled.length)}|${piece.slice(0, contextLength + doubled.length)}` })
    out.push(kept)
    left += kept
  }
  return { pieces: out, repairs }
}

function isGlitch(left: string, right: string, doubled: string, words: WordEvidence): boolean {
  if (words.countElsewhere(doubled + doubled) > 0) return false
  const before = tail(left.slice(0, left.length - doubled.length))
  const after = head(right.slice(doubled.length))
  const spans = tokenSpans(words.cut(before + doubled + doubled + after))
  const first = { start: before.length, end: before.length + doubled.length }
  const second = { start: first.end, end: first.end + doubled.length }
  // one dictionary word over both copies is reduplication, not a glitch (谢谢, 奶奶, 一次次)
  if (spans.some((span) => span.start <= first.start && span.end >= second.end)) return false
  if (doubled.length > 1) return isWholeToken(spans, first) && isWholeToken(spans, second)
  const firstInWord = isInsideWord(spans, first.start)
  const secondInWord = isInsideWord(spans, second.start)
  if (firstInWord && secondInWord) return false
  const single = tokenSpans(words.cut(before + doubled + after))
  if (firstInWord || secondInWord) return isInsideWord(single, before.length)
  // the dictionary does not know these words: the text's own words decide (张林 / 林松 → 张林松)
  return singleFormElsewhere(before, doubled, after, words) && !doubledFormElsewhere(before, doubled, after, words)
}

interface Span {
  start: number
  end: number
}

function tokenSpans(tokens: readonly string[]): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const token of tokens) {
    spans.push({ start, end: start + token.length })
    start += token.length
  }
  return spans
}

function isWholeToken(spans: readonly Span[], copy: Span): boolean {
  return spans.some((span) => span.start === copy.start && span.end === copy.end)
}

// A character inside a token of two or more characters belongs to a word; a lone one may be a stray.
function isInsideWord(spans: readonly Span[], at: number): boolean {
  return spans.some((span) => span.start <= at && at < span.end && span.end - span.start >= 2)
}

function singleFormElsewhere(before: string, doubled: string, after: string, words: WordEvidence): boolean {
  for (let b = 1; b <= 2; b++) for (let a = 1; a <= 2; a++) {
    const left = before.slice(-b)
    const right = after.slice(0, a)
    if (left.length === b && right.length === a && hanOnly.test(left + right) && words.countElsewhere(left + doubled + right) > 0) return true
  }
  return false
}

function doubledFormElsewhere(before: string, doubled: string, after: string, words: WordEvidence): boolean {
  const candidates = [before.slice(-1) + doubled + doubled, doubled + doubled + after.slice(0, 1)]
  return candidates.some((text) => text.length === doubled.length * 2 + 1 && hanOnly.test(text) && words.countElsewhere(text) > 0)
}

// The dictionary sees only the characters of the same clause: punctuation ends a word anyway.
function tail(text: string): string {
  const match = /\p{Script=Han}{0,4}$/u.exec(text.slice(-contextLength))
  return match?.[0] ?? ''
}

function head(text: string): string {
  const match = /^\p{Script=Han}{0,4}/u.exec(text.slice(0, contextLength))
  return match?.[0] ?? ''
}
