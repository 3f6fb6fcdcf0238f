import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { AnalyzedText, Analyzer, Term } from './analyzer.js'
import { splitPassages, type PassageOptions } from './passages.js'
import { splitSentences } from './sentences.js'
import type { Article, Passage } from './types.js'

/** A sentence of a passage, analysed once at index time so answering never re-segments passages. */
export interface IndexedSentence {
  start: number
  end: number
  /** Unique normalized words and Han bigrams of the sentence. */
  terms: string[]
}

/** A passage with its analysed sentences. */
export interface IndexedPassage extends Passage {
  sentences: IndexedSentence[]
  /** Words of the passage's heading and article title: context that earns partial credit. */
  contextTerms: string[]
}

/** The searchable corpus: MiniSearch over the passages plus what reranking needs. */
export interface SearchIndex {
  miniSearch: MiniSearch<IndexDocument>
  passages: IndexedPassage[]
  /** Number of passages each term (word or bigram) occurs in. */
  documentFrequency: Map<string, number>
  /** Words found in the corpus and added to the segmenter to build this index; it needs them again. */
  words: string[]
}

/** What MiniSearch indexes for a passage: space-joined terms per field. */
export interface IndexDocument {
  id: number
  words: string
  bigrams: string
  heading: string
  title: string
}

/** Fields searched for word terms, with their boosts (a heading or title match says a lot). */
export const wordFieldBoosts = { words: 1, heading: 1.5, title: 1.2 } as const

/** A term as MiniSearch stores it (4 hex digits per UTF-16 unit); search and boosts use this form. */
export function encodeTerm(term: string): string {
  let out = ''
  for (let i = 0; i < term.length; i++) out += term.charCodeAt(i).toString(16).padStart(4, '0')
  return out
}

/** Build and load share these options, so they cannot drift. */
export function indexOptions(): Options<IndexDocument> {
  return {
    fields: ['words', 'bigrams', 'heading', 'title'],
    storeFields: [],
    // terms are analysed before they reach MiniSearch: its own split would keep Chinese whole
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    // MiniSearch keeps terms in a radix tree whose nodes scan their children one by one; Chinese
    // terms would give the root thousands of children, so each character is stored as hex digits
    processTerm: encodeTerm,
    searchOptions: { prefix: false, fuzzy: false },
  }
}

/** Builds the index over all articles' passages; [] articles give an empty, usable index. */
export function buildSearchIndex(
  articles: readonly Article[],
  analyzer: Analyzer,
  passageOptions: Partial<PassageOptions> = {},
  words: readonly string[] = [],
): SearchIndex {
  const passages: IndexedPassage[] = []
  const documents: IndexDocument[] = []
  for (const article of articles) {
    const title = wordsOf(analyzer, `${article.title} ${article.subtitle}`)
    for (const passage of splitPassages(article, passageOptions)) {
      const analysed = analyzer.analyze(passage.text)
      const heading = wordsOf(analyzer, passage.heading)
      documents.push({
        id: passages.length,
        words: analysed.words.map((t) => t.term).join(' '),
        bigrams: analysed.bigrams.map((t) => t.term).join(' '),
        heading: heading.join(' '),
        title: title.join(' '),
      })
      const contextTerms = [...new Set([...heading, ...title])]
      passages.push({ ...passage, sentences: indexSentences(passage.text, analysed), contextTerms })
    }
  }
  const miniSearch = new MiniSearch(indexOptions())
  miniSearch.addAll(documents)
  return { miniSearch, passages, documentFrequency: countDocumentFrequency(passages), words: [...words] }
}

function wordsOf(analyzer: Analyzer, text: string): string[] {
  return analyzer.analyze(text).words.map((t) => t.term)
}

// Sentence terms come from the passage's own analysis: runs of Han characters never cross a
// sentence end, so cutting each sentence again would give the same words at twice the cost.
function indexSentences(text: string, analysed: AnalyzedText): IndexedSentence[] {
  const sentences = splitSentences(text)
  const words = sentences.map(() => new Set<string>())
  const bigrams = sentences.map(() => new Set<string>())
  const place = (terms: Term[], into: Set<string>[]) => {
    for (const term of terms) {
      const at = analysed.normalized.origin[term.start] ?? -1
      const i = sentences.findIndex((s) => at >= s.start && at < s.end)
      if (i >= 0) into[i]!.add(term.term)
    }
  }
  place(analysed.words, words)
  place(analysed.bigrams, bigrams)
  return sentences.map((sentence, i) => ({
    start: sentence.start,
    end: sentence.end,
    terms: [...new Set([...words[i]!, ...bigrams[i]!])],
  }))
}

/** Counts, for each term, the passages it occurs in (words and bigrams alike). */
export function countDocumentFrequency(passages: readonly IndexedPassage[]): Map<string, number> {
  const frequency = new Map<string, number>()
  for (const passage of passages) {
    const seen = new Set<string>()
    for (const sentence of passage.sentences) for (const term of sentence.terms) seen.add(term)
    for (const term of seen) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  }
  return frequency
}

/** The saved form of an index (plain JSON). */
interface SavedIndex {
  format: number
  passages: IndexedPassage[]
  miniSearch: AsPlainObject
  words: string[]
}

/** Version of the saved format; a saved index of another format is rebuilt, not loaded. */
export const indexFormat = 3

/** Serializes an index to JSON. */
export function serializeIndex(index: SearchIndex): string {
  const saved: SavedIndex = { format: indexFormat, passages: index.passages, miniSearch: index.miniSearch.toJSON(), words: index.words }
  return JSON.stringify(saved)
}

/** Loads a serialized index; throws with the reason when the JSON is not a whole index of this format. */
export async function loadSearchIndex(json: string): Promise<SearchIndex> {
  const saved = JSON.parse(json) as Partial<SavedIndex>
  if (saved.format !== indexFormat || !Array.isArray(saved.passages) || !Array.isArray(saved.words) || saved.miniSearch === undefined) {
    throw new Error(`index format ${String(saved.format)} is not ${indexFormat} or the index is incomplete`)
  }
  // the synchronous loader is about 1.6× faster, and nothing else runs while the index loads
  const miniSearch = MiniSearch.loadJS(saved.miniSearch, indexOptions())
  return { miniSearch, passages: saved.passages, documentFrequency: countDocumentFrequency(saved.passages), words: saved.words }
}
