import type { AnalyzedText, Analyzer, Term } from '../text/analyzer.js'
import { splitPassages, type PassageOptions } from '../text/passages.js'
import { splitSentences } from '../text/sentences.js'
import type { Article, Passage } from '../types.js'

/** A sentence of a passage, analysed once at index time so answering never re-segments passages. */
export interface IndexedSentence {
  start: number
  end: number
  /** Unique normalized words and Han bigrams (as {@link bigramKey}s) of the sentence. */
  terms: string[]
}

/** A passage with its analysed sentences: what reranking reads of it. */
export interface IndexedPassage extends Passage {
  sentences: IndexedSentence[]
  /** Words of the passage's heading and article title: context that earns partial credit. */
  contextTerms: string[]
}

/** The terms a passage is searched by, per field, repeats kept (they are term frequencies). */
export interface PassageFields {
  words: string[]
  heading: string[]
  title: string[]
  /** Character pairs of what the segmenter split into single characters (see `AnalyzedText.pairs`). */
  pairs: string[]
}

/** A passage as indexing produces it: the passage with its sentences, and its search fields. */
export interface AnalysedPassage {
  passage: IndexedPassage
  fields: PassageFields
}

/**
 * How a Han bigram is keyed among sentence terms and document frequencies: apart from the word of
 * the same two characters, so a two-character word asked for is not found inside a longer one.
 */
export function bigramKey(pair: string): string {
  return `~${pair}`
}

/** Cuts an article into passages and analyses each: its sentences' terms and its search fields. */
export function analyseArticle(article: Article, analyzer: Analyzer, passageOptions: Partial<PassageOptions> = {}): AnalysedPassage[] {
  const title = wordsOf(analyzer, `${article.title} ${article.subtitle}`)
  // the passages of a section share its heading
  const headings = new Map<string, string[]>()
  return splitPassages(article, passageOptions).map((passage) => {
    const analysed = analyzer.analyze(passage.text)
    let heading = headings.get(passage.heading)
    if (heading === undefined) headings.set(passage.heading, (heading = wordsOf(analyzer, passage.heading)))
    const contextTerms = [...new Set([...heading, ...title])]
    return {
      passage: { ...passage, sentences: indexSentences(passage.text, analysed), contextTerms },
      fields: { words: analysed.words.map((t) => t.term), heading, title, pairs: analysed.pairs.map((t) => t.term) },
    }
  })
}

function wordsOf(analyzer: Analyzer, text: string): string[] {
  return analyzer.analyze(text).words.map((t) => t.term)
}

// Sentence terms come from the passage's own analysis: runs of Han characters never cross a
// sentence end, so cutting each sentence again would give the same words at twice the cost.
function indexSentences(text: string, analysed: AnalyzedText): IndexedSentence[] {
  const sentences = splitSentences(text)
  // sentence of each character (-1 between sentences): one lookup per term instead of a scan
  const sentenceAt = new Int32Array(text.length).fill(-1)
  sentences.forEach((sentence, i) => sentenceAt.fill(i, sentence.start, sentence.end))
  const words = sentences.map(() => new Set<string>())
  const bigrams = sentences.map(() => new Set<string>())
  const place = (terms: Term[], into: Set<string>[]) => {
    for (const term of terms) {
      const at = analysed.normalized.origin[term.start] ?? -1
      const i = at >= 0 && at < text.length ? sentenceAt[at]! : -1
      if (i >= 0) into[i]!.add(term.term)
    }
  }
  place(analysed.words, words)
  place(analysed.bigrams, bigrams)
  return sentences.map((sentence, i) => ({
    start: sentence.start,
    end: sentence.end,
    terms: [...words[i]!, ...[...bigrams[i]!].map(bigramKey)],
  }))
}

/** The distinct terms of a passage's sentences (words and bigram keys): what its document frequency counts. */
export function distinctTerms(passage: IndexedPassage): Set<string> {
  const terms = new Set<string>()
  for (const sentence of passage.sentences) for (const term of sentence.terms) terms.add(term)
  return terms
}
