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

/** A passage as saved: sentence terms live in the binary tail, so only their ranges and counts are here. */
type SavedPassage = Omit<IndexedPassage, 'sentences'> & { sentences: Array<[start: number, end: number, terms: number]> }

/** The JSON head of a saved index; sentence terms follow it as vocabulary ids (Uint32, little-endian). */
interface SavedHead {
  format: number
  passages: SavedPassage[]
  miniSearch: AsPlainObject
  words: string[]
  vocabulary: string[]
  /** Passages each vocabulary term occurs in, saved so loading need not count them again. */
  documentFrequency: number[]
}

/** Version of the saved format; a saved index of another format is rebuilt, not loaded. */
export const indexFormat = 4

/**
 * Serializes an index: a 4-byte head length, the JSON head, padding to 4 bytes, then every sentence's
 * terms as vocabulary ids. Ids instead of strings make the file a third smaller and load faster.
 */
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
  const head: SavedHead = {
    format: indexFormat,
    passages,
    miniSearch: index.miniSearch.toJSON(),
    words: index.words,
    vocabulary,
    documentFrequency: vocabulary.map((term) => index.documentFrequency.get(term) ?? 0),
  }
  const headBytes = new TextEncoder().encode(JSON.stringify(head))
  const tailStart = 4 + headBytes.length + ((4 - (headBytes.length % 4)) % 4)
  const bytes = new Uint8Array(tailStart + termIds.length * 4)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, headBytes.length, true)
  bytes.set(headBytes, 4)
  termIds.forEach((id, i) => view.setUint32(tailStart + i * 4, id, true))
  return bytes
}

function idOf(ids: Map<string, number>, term: string): number {
  let id = ids.get(term)
  if (id === undefined) ids.set(term, (id = ids.size))
  return id
}

/** Loads a serialized index; throws with the reason when the bytes are not a whole index of this format. */
export async function loadSearchIndex(bytes: Uint8Array): Promise<SearchIndex> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headLength = bytes.byteLength >= 4 ? view.getUint32(0, true) : Infinity
  if (4 + headLength > bytes.byteLength) throw new Error('the index is incomplete (shorter than its head)')
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLength))) as Partial<SavedHead>
  if (
    head.format !== indexFormat || !Array.isArray(head.passages) || !Array.isArray(head.words) || head.miniSearch === undefined ||
    !Array.isArray(head.vocabulary) || !Array.isArray(head.documentFrequency)
  ) {
    throw new Error(`index format ${String(head.format)} is not ${indexFormat} or the index is incomplete`)
  }
  const passages = restorePassages(head.passages, head.vocabulary, view, 4 + headLength + ((4 - (headLength % 4)) % 4))
  // the synchronous loader is about 1.6× faster, and nothing else runs while the index loads
  const miniSearch = MiniSearch.loadJS(head.miniSearch, indexOptions())
  const documentFrequency = new Map(head.vocabulary.map((term, i) => [term, head.documentFrequency![i] ?? 0]))
  return { miniSearch, passages, documentFrequency, words: head.words }
}

function restorePassages(saved: SavedPassage[], vocabulary: string[], view: DataView, tailStart: number): IndexedPassage[] {
  let at = tailStart
  const passages = saved.map((passage): IndexedPassage => ({
    ...passage,
    sentences: passage.sentences.map(([start, end, count]) => {
      if (at + count * 4 > view.byteLength) throw new Error('the index is incomplete (sentence terms cut short)')
      const terms = new Array<string>(count)
      for (let i = 0; i < count; i++, at += 4) {
        const term = vocabulary[view.getUint32(at, true)]
        if (term === undefined) throw new Error('the index is damaged (a term id outside its vocabulary)')
        terms[i] = term
      }
      return { start, end, terms }
    }),
  }))
  if (at !== view.byteLength) throw new Error('the index is damaged (bytes left after the sentence terms)')
  return passages
}
