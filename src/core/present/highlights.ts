import type { QueryWord } from '../question/read-question.js'
import type { AnalyzedText } from '../text/analyzer.js'
import type { NormalizedText } from '../text/normalize.js'

/** A question word as highlighting sees it: its forms, and whether jieba tagged it a noun. */
export interface HighlightWord extends QueryWord {
  /** A noun of the question (血, 火): a one-character noun standing alone in the question may be marked alone. */
  noun?: boolean
}

/** A snippet to highlight: its text, its normalized form, and its analysis when a rule needs the cut. */
export interface HighlightSnippet {
  text: string
  normalized: NormalizedText
  /** The snippet analysed (normalized the same way); called only when a rule needs word boundaries. */
  analyze: () => AnalyzedText
}

/**
 * The strings to highlight in a snippet, as written there, longest first: runs of the question's
 * whole words (and synonyms, or a near-synonym standing in for one) found in it. A lone Han
 * character is marked only with the question word it is glued to (三 of 三中队), or when it is a
 * one-character noun of the question standing as a word of its own in the snippet; a word the
 * snippet lacks shows by those of its character pairs the snippet cuts as words. A string is returned only when every occurrence of it in the
 * snippet is marked, since a reader (and the bot) bolds each occurrence.
 */
export function findHighlights(snippet: HighlightSnippet, words: readonly HighlightWord[]): string[] {
  const { text: normalized } = snippet.normalized
  const marked = new Uint8Array(normalized.length)
  let analysis: AnalyzedText | undefined
  const cut = () => (analysis ??= snippet.analyze())
  const markAll = (term: string, where: (at: number) => boolean = () => true): boolean => {
    let found = false
    for (const at of occurrences(normalized, term)) {
      if (!where(at)) continue
      marked.fill(1, at, at + term.length)
      found = true
    }
    return found
  }
  for (const word of words) {
    let found = false
    for (const form of word.forms) if (!isLoneHan(form)) found = markAll(form) || found
    // a near-synonym stood in for a word the articles never use (师徒 for 徒弟): show what matched
    if (!found) for (const near of word.near ?? []) found = markAll(near) || found
    if (isLoneHan(word.term)) {
      for (const compound of word.compounds ?? []) found = markAll(compound) || found
      if ((word.compounds ?? []).length === 0 && word.noun === true) found = markAll(word.term, (at) => standsAlone(cut(), at)) || found
    }
    // stray pairs that straddle two words would bold nonsense: a pair stands in only as a word
    if (!found && word.within === '') for (const pair of pairsOf(word.term)) markAll(pair, (at) => isWordAt(cut(), pair, at))
  }
  return keepFullyMarked(snippet, marked)
}

/**
 * Where `terms` show in `text` as a reader sees them: every occurrence of each term, longer terms
 * first, none overlapping; sorted by start. The bot's own bolding follows the same rule.
 */
export function findTermSpans(text: string, terms: readonly string[]): { start: number; end: number }[] {
  const bold = new Uint8Array(text.length)
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    if (term.trim() === '') continue
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) bold.fill(1, i, i + term.length)
  }
  return runsOf(bold)
}

function isLoneHan(term: string): boolean {
  return /^\p{Script=Han}$/u.test(term)
}

function occurrences(text: string, term: string): number[] {
  const out: number[] = []
  if (term === '') return out
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) out.push(at)
  return out
}

// The segmenter cut the character as a word of its own, and not as half of a name it did not know
// (柳塘 cut 柳/塘 is one word to a reader).
function standsAlone(analysis: AnalyzedText, at: number): boolean {
  return isWordAt(analysis, analysis.normalized.text[at]!, at) && !analysis.pairs.some((p) => p.start <= at && at < p.end)
}

function isWordAt(analysis: AnalyzedText, term: string, at: number): boolean {
  return analysis.words.some((w) => w.start === at && w.term === term)
}

function runsOf(marks: Uint8Array): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = []
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] !== 1) continue
    const start = i
    while (i < marks.length && marks[i] === 1) i++
    runs.push({ start, end: i })
  }
  return runs
}

// Marked runs of the normalized text, as written in the original, kept when no occurrence of the
// written form is left unmarked.
function keepFullyMarked({ text, normalized: { origin } }: HighlightSnippet, marked: Uint8Array): string[] {
  const markedOriginal = new Uint8Array(text.length)
  const endOf = (i: number) => origin[i]! + (text.codePointAt(origin[i]!)! > 0xffff ? 2 : 1)
  const surfaces = new Set<string>()
  for (const { start, end } of runsOf(marked)) {
    markedOriginal.fill(1, origin[start]!, endOf(end - 1))
    surfaces.add(text.slice(origin[start]!, endOf(end - 1)))
  }
  const fully = (surface: string) => occurrences(text, surface).every((at) => markedOriginal.subarray(at, at + surface.length).every((m) => m === 1))
  return [...surfaces].filter((s) => s.trim() !== '' && fully(s)).sort((a, b) => b.length - a.length)
}

function pairsOf(word: string): string[] {
  if (!/^\p{Script=Han}{3,}$/u.test(word)) return []
  return Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2))
}
