import MiniSearch, { type Options } from 'minisearch'
import type { AnalyzedText, Analyzer, Term } from './analyzer.js'
import { packContainer, unpackContainer } from './binary-container.js'
import { compactMiniSearch, joinCompactIndex, splitCompactIndex, type CompactIndex } from './compact-index.js'
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

/** The searchable corpus: MiniSearch's index of the passages, frozen compact, plus what reranking needs. */
export interface SearchIndex {
  postings: CompactIndex
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

/** A term as MiniSearch stores it while building (4 hex digits per UTF-16 unit). */
export function encodeTerm(term: string): string {
  let out = ''
  for (let i = 0; i < term.length; i++) out += term.charCodeAt(i).toString(16).padStart(4, '0')
  return out
}

/** The term {@link encodeTerm} encoded. */
export function decodeTerm(encoded: string): string {
  let out = ''
  for (let i = 0; i + 4 <= encoded.length; i += 4) out += String.fromCharCode(parseInt(encoded.slice(i, i + 4), 16))
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
  // MiniSearch builds and scores the index; frozen into typed arrays it loads ~30× and searches
  // ~35× faster on 100k passages than MiniSearch's own maps, with the same results
  const postings = compactMiniSearch(miniSearch.toJSON(), decodeTerm)
  return { postings, passages, documentFrequency: countDocumentFrequency(passages), words: [...words] }
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

/** A passage as saved: sentence terms live in a binary section, so only their ranges and counts are here. */
type SavedPassage = Omit<IndexedPassage, 'sentences'> & { sentences: Array<[start: number, end: number, terms: number]> }

/** The JSON head of a saved index; the sentence terms (vocabulary ids) and postings follow it. */
interface SavedHead {
  format: number
  passages: SavedPassage[]
  words: string[]
  vocabulary: string[]
  /** Passages each vocabulary term occurs in, saved so loading need not count them again. */
  documentFrequency: number[]
  postings: object
}

/** Version of the saved format; a saved index of another format is rebuilt, not loaded. */
export const indexFormat = 5

/** Serializes an index: a JSON head, then sentence terms as vocabulary ids and the postings as typed arrays. */
export function serializeIndex(index: SearchIndex): Uint8Array {
  const ids = new Map<string, number>()
  const termIds: number[] = []
  const passages = index.passages.map((passage): SavedPassage => ({
    ...passage,
    sentences: passage.sentences.map((sentence) => {
      for (const term of sentence.terms) termIds.push(idOf(ids, term))
      return [sentence.start, sentence.end, sentence.terms.length]
    }),
  }))
  const vocabulary = [...ids.keys()]
  const postings = splitCompactIndex(index.postings)
  const head: SavedHead = {
    format: indexFormat,
    passages,
    words: index.words,
    vocabulary,
    documentFrequency: vocabulary.map((term) => index.documentFrequency.get(term) ?? 0),
    postings: postings.head,
  }
  return packContainer(head, [Uint32Array.from(termIds), ...postings.sections])
}

function idOf(ids: Map<string, number>, term: string): number {
  let id = ids.get(term)
  if (id === undefined) ids.set(term, (id = ids.size))
  return id
}

/** Loads a serialized index; throws with the reason when the bytes are not a whole index of this format. */
export async function loadSearchIndex(bytes: Uint8Array): Promise<SearchIndex> {
  const { head: raw, sections } = unpackContainer(bytes)
  const head = raw as Partial<SavedHead>
  if (
    head.format !== indexFormat || !Array.isArray(head.passages) || !Array.isArray(head.words) ||
    !Array.isArray(head.vocabulary) || !Array.isArray(head.documentFrequency) || !(sections[0] instanceof Uint32Array)
  ) {
    throw new Error(`index format ${String(head.format)} is not ${indexFormat} or the index is incomplete`)
  }
  const passages = restorePassages(head.passages, head.vocabulary, sections[0])
  // copied out of the file's bytes, so the head and sentence terms (a third of it) can be freed
  const postings = joinCompactIndex(head.postings, sections.slice(1).map((section) => section.slice()))
  if (postings.documentCount !== passages.length) throw new Error('passage count differs from the search index')
  const documentFrequency = new Map(head.vocabulary.map((term, i) => [term, head.documentFrequency![i] ?? 0]))
  return { postings, passages, documentFrequency, words: head.words }
}

function restorePassages(saved: SavedPassage[], vocabulary: string[], termIds: Uint32Array): IndexedPassage[] {
  let at = 0
  const passages = saved.map((passage): IndexedPassage => ({
    ...passage,
    sentences: passage.sentences.map(([start, end, count]) => {
      if (at + count > termIds.length) throw new Error('the index is incomplete (sentence terms cut short)')
      const terms = new Array<string>(count)
      for (let i = 0; i < count; i++) {
        const term = vocabulary[termIds[at++]!]
        if (term === undefined) throw new Error('the index is damaged (a term id outside its vocabulary)')
        terms[i] = term
      }
      return { start, end, terms }
    }),
  }))
  if (at !== termIds.length) throw new Error('the index is damaged (sentence terms left over)')
  return passages
}
