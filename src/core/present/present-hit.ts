import { round } from '../decide/decide.js'
import type { RankedPassage } from '../rerank/rerank.js'
import type { IndexedPassage } from '../retrieve/indexed-passage.js'
import type { AnalyzedText } from '../text/analyzer.js'
import { toPlainText, type NormalizedText } from '../text/normalize.js'
import { isCaption } from '../text/passages.js'
import { findQuotationSentences } from '../text/quotations.js'
import { SPEECH_VERBS, alternation } from '../text/vocabulary.js'
import type { Hit } from '../types.js'
import { citePassage } from './cite.js'
import { findHighlights, type HighlightWord } from './highlights.js'
import { cutSnippet } from './snippet.js'

/** How a snippet is normalized and analysed for highlighting (memoized by the caller). */
export interface SnippetReader {
  normalize: (text: string) => NormalizedText
  analyze: (text: string) => AnalyzedText
}

/**
 * Turns a ranked passage into what a reader sees: the snippet around the answering sentence, that
 * sentence, the words to highlight, and the citation. Short captions share a passage: only the
 * caption holding the answering sentence is shown, cited as a caption.
 */
export function presentHit(ranked: RankedPassage, words: readonly HighlightWord[], reader: SnippetReader): Hit {
  const { passage, article } = ranked.candidate
  const line = lineOf(passage, ranked.bestSentence)
  const text = isCaption(passage) ? line.text : cutSnippet(passage.text, passage.sentences, ranked.bestSentence)
  const sentence = sentenceText(passage, ranked.bestSentence)
  const plain = toPlainText(passage.text, (t) => reader.normalize(t).text)
  const whole = quotationAround(passage, plain, ranked.bestSentence) ?? quotationSaid(passage, plain, ranked.bestSentence) ?? readsOnFrom(passage, ranked.bestSentence)
  return {
    text,
    sentence: whole !== undefined && text.includes(whole) ? whole : sentence,
    terms: findHighlights({ text, normalized: reader.normalize(text), analyze: () => reader.analyze(text) }, words),
    score: round(ranked.score),
    source: citePassage(article, passage, line.paragraph),
  }
}

/** The text of a passage's sentence `i`, or the whole passage when it has no such sentence. */
export function sentenceText(passage: IndexedPassage, i: number): string {
  const sentence = passage.sentences[i]
  return sentence === undefined ? passage.text : passage.text.slice(sentence.start, sentence.end)
}

// 其中…, 当年…, 他们…: a sentence that opens by pointing back, or names a place only as 这里 (就是从
// 这里开始) or a day only as 当天 (…K12路当天正式开通), is read with the sentence before it (如东湖派出所辖区…
// 其中，…警务室…; 赵明、钱亮… 当年，他们…; 4月16日早上…), which holds what it is about: the place, the
// person, the year, the day. So is one drawing a conclusion (因此区里决定…) with no 因为 of its own:
// its reason is the sentence before. Only within one line (paragraph) of the passage.
const POINTS_BACK = /^(?:其中|其间|此后|随后|此外|当时|那时|当年|同年|这里|那里|在这里|在那里|在此|此处|这儿|那儿|这一|这些|这个|这位|该|他们|她们|他|她)|(?:这里|那里|此处|这儿|那儿|当天|当日|当晚|同日|次日)|(?<!(?:因为|由于)[^。！？]*)(?:因此|为此|因而)/

function readsOnFrom(passage: IndexedPassage, i: number): string | undefined {
  const sentence = passage.sentences[i]
  const before = passage.sentences[i - 1]
  if (sentence === undefined || before === undefined) return undefined
  const text = passage.text.slice(sentence.start, sentence.end).replace(/^[\s“”"‘’「」]+/u, '')
  if (!POINTS_BACK.test(text) || passage.text.slice(before.start, sentence.start).includes('\n')) return undefined
  return passage.text.slice(before.start, sentence.end)
}

// A sentence inside a quotation of several sentences (“…。…。…。”王立新说) is shown with the whole of
// it, so the words are read and cited as said; only within one line, and up to a length a reader
// takes in at a glance.
function quotationAround(passage: IndexedPassage, plain: string, i: number): string | undefined {
  const span = quotationSpan(passage, plain, i)
  return span === undefined ? undefined : passage.text.slice(span[0], span[1])
}

// The span of the quotation of several sentences that sentence `i` stands in, from its first
// sentence to its last (read in `plain`, see `toPlainText`: 「」 as “”), within one line.
function quotationSpan(passage: IndexedPassage, plain: string, i: number): [number, number] | undefined {
  if (passage.sentences[i] === undefined) return undefined
  const [first, last] = findQuotationSentences(plain, passage.sentences, i)
  if (first === last) return undefined
  const [start, end] = [passage.sentences[first]!.start, passage.sentences[last]!.end]
  return end - start > MAX_QUOTATION || plain.slice(start, end).includes('\n') ? undefined : [start, end]
}

// Longer quotations are shown by their answering sentence alone, the rest in the snippet.
const MAX_QUOTATION = 160

// A short sentence saying who spoke right after a quotation (“…”王立新说。) is shown with it: alone
// it names a speaker and not what was said.
function quotationSaid(passage: IndexedPassage, plain: string, i: number): string | undefined {
  const sentence = passage.sentences[i]
  const before = passage.sentences[i - 1]
  if (sentence === undefined || before === undefined || sentence.end - sentence.start > MAX_ATTRIBUTION) return undefined
  if (!SAYS.test(plain.slice(sentence.start, sentence.end)) || !/”\s*$/u.test(plain.slice(before.start, sentence.start))) return undefined
  const start = quotationSpan(passage, plain, i - 1)?.[0] ?? before.start
  if (!plain.slice(start).trimStart().startsWith('“') || plain.slice(start, sentence.start).includes('\n')) return undefined
  return passage.text.slice(start, sentence.end)
}

const MAX_ATTRIBUTION = 24
const SAYS = new RegExp(alternation(SPEECH_VERBS), 'u')

// Short paragraphs share a passage, joined by line breaks: the line (paragraph) sentence `i` stands in.
function lineOf(passage: IndexedPassage, sentenceIndex: number): { text: string; paragraph: number } {
  const start = passage.sentences[sentenceIndex]?.start ?? 0
  const lines = passage.text.split('\n')
  const before = passage.text.slice(0, start).split('\n').length - 1
  const k = Math.min(before, lines.length - 1, passage.lastParagraph - passage.paragraph)
  return { text: lines[before] ?? passage.text, paragraph: passage.paragraph + k }
}
