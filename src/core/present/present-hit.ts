import { round } from '../decide/decide.js'
import type { RankedPassage } from '../rerank/rerank.js'
import type { IndexedPassage } from '../retrieve/indexed-passage.js'
import type { AnalyzedText } from '../text/analyzer.js'
import type { NormalizedText } from '../text/normalize.js'
import type { Hit } from '../types.js'
import { findHighlights, type HighlightWord } from './highlights.js'
import { cutSnippet } from './snippet.js'

/** How a snippet is normalized and analysed for highlighting (memoized by the caller). */
export interface SnippetReader {
  normalize: (text: string) => NormalizedText
  analyze: (text: string) => AnalyzedText
}

/**
 * Turns a ranked passage into what a reader sees: the snippet around the answering sentence, that
 * sentence, the words to highlight, and the citation of the paragraph the sentence stands in.
 */
export function presentHit(ranked: RankedPassage, words: readonly HighlightWord[], reader: SnippetReader): Hit {
  const { passage, article } = ranked.candidate
  const text = cutSnippet(passage.text, passage.sentences, ranked.bestSentence)
  const { id, title, newspaper, date, page } = article
  return {
    text,
    sentence: sentenceText(passage, ranked.bestSentence),
    terms: findHighlights({ text, normalized: reader.normalize(text), analyze: () => reader.analyze(text) }, words),
    score: round(ranked.score),
    source: { id, title, newspaper, date, page, paragraph: paragraphOf(passage, ranked.bestSentence), heading: passage.heading, passageId: passage.id },
  }
}

/** The text of a passage's sentence `i`, or the whole passage when it has no such sentence. */
export function sentenceText(passage: IndexedPassage, i: number): string {
  const sentence = passage.sentences[i]
  return sentence === undefined ? passage.text : passage.text.slice(sentence.start, sentence.end)
}

// Short paragraphs share a passage (joined by line breaks): cite the one the answer stands in.
function paragraphOf(passage: IndexedPassage, sentenceIndex: number): number {
  const start = passage.sentences[sentenceIndex]?.start ?? 0
  const breaks = passage.text.slice(0, start).split('\n').length - 1
  return Math.min(passage.paragraph + breaks, passage.lastParagraph)
}
