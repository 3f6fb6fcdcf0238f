import MiniSearch, { type Options } from 'minisearch'
import type { Analyzer } from '../text/analyzer.js'
import type { PassageOptions } from '../text/passages.js'
import type { Article } from '../types.js'
import { analyseArticle, distinctTerms, type AnalysedPassage, type IndexedPassage, type PassageFields } from './indexed-passage.js'

/** A passage as MiniSearch indexes it: its id and its analysed fields. */
export interface PassageDocument extends PassageFields {
  id: string
}

/** The fields words are searched in, and the boost a word found in each gets (a heading or title match says a lot). */
export const fieldBoosts = { words: 1, heading: 1.5, title: 1.2 } as const

/** The field character pairs are searched in (see `PassageFields.pairs`). */
export const pairField = 'pairs'

/**
 * The embedded index: MiniSearch over the passages' analysed words, beside the passages' sentences
 * (which reranking reads) and the document frequency of every sentence term (words and bigrams).
 */
export interface PassageIndex {
  readonly miniSearch: MiniSearch<PassageDocument>
  readonly passages: Map<string, IndexedPassage>
  /** Passage ids of each article, in reading order. */
  readonly articlePassages: Map<string, string[]>
  /** Passages holding each sentence term; terms no passage holds are absent. */
  readonly documentFrequency: Map<string, number>
  /** Words added to the segmenter to build this index: questions must be cut with them too. */
  readonly words: readonly string[]
}

// Fields arrive analysed: MiniSearch only splits what indexing joined (terms hold no spaces).
const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '))

// MiniSearch's radix tree finds a child by scanning a node's children in turn, and a Chinese index
// opens with thousands of first characters (4,800 at 100k passages): every term looked up or
// inserted scanned them. Keyed behind one of 64 bucket characters (private-use, so no text holds
// them), the root has 64 children and each bucket about 75: lookups 6–12× faster, loading 2–4×.
const BUCKETS = 64
const FIRST_BUCKET = 0xe000

/** How MiniSearch keys a term: behind the bucket character of its first code point (see above). */
export function searchKey(term: string): string {
  return String.fromCharCode(FIRST_BUCKET + ((term.codePointAt(0) ?? 0) % BUCKETS)) + term
}

/** The term a {@link searchKey} stands for. */
export function termOfKey(key: string): string {
  return key.slice(1)
}

/** MiniSearch's options for passages; building, loading and searching share them, so they cannot drift. */
export function miniSearchOptions(): Options<PassageDocument> {
  return {
    fields: [...Object.keys(fieldBoosts), pairField],
    extractField: (document, field) => document[field as keyof PassageDocument],
    stringifyField: (value) => (Array.isArray(value) ? value.join(' ') : String(value)),
    tokenize: splitTerms,
    processTerm: searchKey,
    // vacuuming is started by whoever changes the index, once per change, not per discarded passage
    autoVacuum: false,
  }
}

/** An empty index whose passages will be cut with `words` added to the segmenter. */
export function createPassageIndex(words: readonly string[] = []): PassageIndex {
  return { miniSearch: new MiniSearch(miniSearchOptions()), passages: new Map(), articlePassages: new Map(), documentFrequency: new Map(), words }
}

/** Adds the analysed passages of articles not in the index yet (an article's passages in reading order). */
export function addPassages(index: PassageIndex, analysed: readonly AnalysedPassage[]): void {
  for (const one of analysed) {
    addPassage(index, one)
    for (const term of distinctTerms(one.passage)) index.documentFrequency.set(term, (index.documentFrequency.get(term) ?? 0) + 1)
  }
}

/** Adds one analysed passage to MiniSearch and the passage maps; counting its terms' document frequencies is the caller's. */
export function addPassage(index: PassageIndex, { passage, fields }: AnalysedPassage): void {
  index.miniSearch.add({ id: passage.id, ...fields })
  recordPassage(index, passage)
}

/** Puts a passage in the index's passage maps (not in MiniSearch): after its article's earlier passages. */
export function recordPassage(index: PassageIndex, passage: IndexedPassage): void {
  index.passages.set(passage.id, passage)
  const ids = index.articlePassages.get(passage.articleId)
  if (ids === undefined) index.articlePassages.set(passage.articleId, [passage.id])
  else ids.push(passage.id)
}

/**
 * Removes every passage of these articles (unknown ids are skipped). MiniSearch only marks them
 * discarded: call `miniSearch.vacuum()` afterwards to free their postings.
 */
export function removeArticles(index: PassageIndex, articleIds: Iterable<string>): void {
  for (const articleId of articleIds) {
    const ids = index.articlePassages.get(articleId) ?? []
    index.miniSearch.discardAll(ids)
    for (const id of ids) {
      const passage = index.passages.get(id)!
      index.passages.delete(id)
      for (const term of distinctTerms(passage)) {
        const n = (index.documentFrequency.get(term) ?? 1) - 1
        if (n > 0) index.documentFrequency.set(term, n)
        else index.documentFrequency.delete(term)
      }
    }
    index.articlePassages.delete(articleId)
  }
}

/** Up to `count` passages before this one under the same heading of its article, nearest first. */
export function findPrecedingPassages(index: PassageIndex, passage: IndexedPassage, count: number): IndexedPassage[] {
  const ids = index.articlePassages.get(passage.articleId) ?? []
  const out: IndexedPassage[] = []
  for (let at = ids.indexOf(passage.id) - 1; at >= 0 && out.length < count; at--) {
    const before = index.passages.get(ids[at]!)!
    if (before.heading !== passage.heading) break
    out.push(before)
  }
  return out
}

/** Indexes articles from scratch, in the given order; cut with `words` added to the segmenter. */
export function buildPassageIndex(articles: readonly Article[], analyzer: Analyzer, words: readonly string[] = [], passageOptions: Partial<PassageOptions> = {}): PassageIndex {
  const index = createPassageIndex(words)
  for (const article of articles) addPassages(index, analyseArticle(article, analyzer, passageOptions))
  return index
}
