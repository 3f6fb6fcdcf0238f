import { round } from '../decide/decide.js'
import type { RankedPassage } from '../rerank/rerank.js'
import type { IndexedPassage } from '../retrieve/indexed-passage.js'
import type { AnalyzedText } from '../text/analyzer.js'
import type { NormalizedText } from '../text/normalize.js'
import { isCaption } from '../text/passages.js'
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
  return {
    text,
    sentence: sentenceText(passage, ranked.bestSentence),
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

// Short paragraphs share a passage, joined by line breaks: the line (paragraph) sentence `i` stands in.
function lineOf(passage: IndexedPassage, sentenceIndex: number): { text: string; paragraph: number } {
  const start = passage.sentences[sentenceIndex]?.start ?? 0
  const lines = passage.text.split('\n')
  const before = passage.text.slice(0, start).split('\n').length - 1
  const k = Math.min(before, lines.length - 1, passage.lastParagraph - passage.paragraph)
  return { text: lines[before] ?? passage.text, paragraph: passage.paragraph + k }
}
