import type { NormalizedText, Normalizer } from './normalize.js'
import type { SegmentedWord, Segmenter } from '../types.js'
import type { StopWords } from './stop-words.js'

/** A search term found in a text; offsets are in the normalized text. */
export interface Term {
  term: string
  start: number
  end: number
}

/** A text as the index sees it: its normalized form, its words, and its Han-character bigrams. */
export interface AnalyzedText {
  normalized: NormalizedText
  /** Content words (search mode, stop words dropped), numbers and Latin words kept whole. */
  words: Term[]
  /** Adjacent Han-character pairs outside stop words: the safety net for differing cuts. */
  bigrams: Term[]
  /**
   * The pairs among `bigrams` whose two characters the segmenter left as words of their own: a
   * name it does not know (a village cut 上/塘) is found by its pairs, as no word holds it.
   */
  pairs: Term[]
}

/** Turns any text (passage, heading, question) into terms; the one place both sides agree. */
export interface Analyzer {
  analyze(text: string): AnalyzedText
  readonly normalizer: Normalizer
}

/** What an analyzer is built from. */
export interface AnalyzerDependencies {
  segmenter: Segmenter
  normalizer: Normalizer
  stopWords: StopWords
}

// Han runs go to the segmenter; digits and Latin letters stay whole (2017, 96.81, vip, g20).
const RUN = /(\p{Script=Han}+)|([a-z0-9]+(?:\.[0-9]+)*)/gu

/** Creates the analyzer shared by indexing and querying. */
export function createAnalyzer(deps: AnalyzerDependencies): Analyzer {
  const analyze = (text: string): AnalyzedText => {
    const normalized = deps.normalizer.normalizeWithOrigin(text)
    const words: Term[] = []
    const bigrams: Term[] = []
    const pairs: Term[] = []
    const matches = [...normalized.text.matchAll(RUN)]
    const runs = matches.filter((match) => match[1] !== undefined).map((match) => match[1]!)
    const cuts = deps.segmenter.cutEach?.(runs) ?? runs.map((run) => deps.segmenter.cut(run))
    let next = 0
    for (const match of matches) {
      const start = match.index
      if (match[1] !== undefined) analyzeHanRun(match[1], cuts[next++]!, start, deps, { words, bigrams, pairs })
      else words.push({ term: match[0], start, end: start + match[0].length })
    }
    return { normalized, words, bigrams, pairs }
  }
  return { analyze, normalizer: deps.normalizer }
}

function analyzeHanRun(run: string, cut: SegmentedWord[], offset: number, deps: AnalyzerDependencies, out: Omit<AnalyzedText, 'normalized'>): void {
  const stopped = markStopCharacters(run.length, cut, deps.stopWords)
  for (const { word, start } of cut) {
    if (deps.stopWords.has(word) || isCovered(stopped, start, start + word.length)) continue
    if (isModifiedSubword(word, start, cut)) continue
    out.words.push({ term: word, start: offset + start, end: offset + start + word.length })
  }
  const alone = markLoneCharacters(run.length, cut)
  // pairs of characters, not of UTF-16 units: a character outside the BMP (𠮷) is two units
  for (let i = 0; i < run.length; ) {
    const j = i + charLength(run, i)
    if (j >= run.length) break
    const end = j + charLength(run, j)
    if (!stopped[i] && !stopped[j]) {
      const pair = { term: run.slice(i, end), start: offset + i, end: offset + end }
      out.bigrams.push(pair)
      if (alone[i] && alone[j]) out.pairs.push(pair)
    }
    i = j
  }
}

function charLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1
}

// Characters no word of two or more characters covers: the segmenter knew no word there.
function markLoneCharacters(length: number, cut: SegmentedWord[]): boolean[] {
  const alone = new Array<boolean>(length).fill(true)
  for (const { word, start } of cut) if (word.length > 1) alone.fill(false, start, start + word.length)
  return alone
}

// The partition is the longest word at each position (sub-words lie inside their word), and a
// character inside a stop word is stopped, so its sub-words and bigrams are dropped too.
function markStopCharacters(length: number, cut: SegmentedWord[], stopWords: StopWords): boolean[] {
  const longestAt = new Map<number, string>()
  for (const { word, start } of cut) {
    if ((longestAt.get(start)?.length ?? 0) < word.length) longestAt.set(start, word)
  }
  const stopped = new Array<boolean>(length).fill(false)
  for (let at = 0; at < length; ) {
    const word = longestAt.get(at) ?? ' '
    if (stopWords.has(word)) stopped.fill(true, at, at + word.length)
    at += word.length
  }
  return stopped
}

// A prefix that changes what a word refers to: a 副所长 is not the 所长, a 非党员 not a 党员. Search
// mode also yields the bare word inside the compound, which would let it answer for the other.
const MODIFYING_PREFIXES = new Set(['副', '非', '准', '原', '前', '代'])

function isModifiedSubword(word: string, start: number, cut: SegmentedWord[]): boolean {
  if (start === 0 || word.length < 2) return false
  for (const other of cut) {
    if (other.start === start - 1 && other.word.length === word.length + 1 && other.word.endsWith(word)) {
      if (MODIFYING_PREFIXES.has(other.word[0]!)) return true
    }
  }
  return false
}

function isCovered(stopped: boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!stopped[i]) return false
  return true
}
