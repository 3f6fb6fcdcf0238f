import MiniSearch from 'minisearch'
import type { IndexedPassage } from './indexed-passage.js'
import { miniSearchOptions, type PassageDocument, type PassageIndex } from './passage-index.js'

/**
 * Version of the saved form, and of the analysis behind it; an index saved in another is rebuilt,
 * not loaded. 12: normalization drops invisible format characters.
 */
export const indexFormat = 13

/** A passage as saved: its terms as positions in the vocabulary, which holds each term once. */
interface SavedPassage extends Omit<IndexedPassage, 'sentences' | 'contextTerms'> {
  contextTerms: number[]
  sentences: [start: number, end: number, terms: number[]][]
}

/** The saved index: MiniSearch's own JSON beside the passages and the terms' document frequencies. */
interface SavedIndex {
  format: number
  words: string[]
  vocabulary: string[]
  /** Document frequency of each vocabulary term, saved so loading need not count it again. */
  documentFrequency: number[]
  passages: SavedPassage[]
  miniSearch: unknown
}

/** Serializes an index to JSON; passages are written in reading order, article by article. */
export function serializePassageIndex(index: PassageIndex): string {
  const ids = new Map<string, number>()
  const idOf = (term: string) => {
    let id = ids.get(term)
    if (id === undefined) ids.set(term, (id = ids.size))
    return id
  }
  const passages: SavedPassage[] = []
  for (const passageIds of index.articlePassages.values()) {
    for (const id of passageIds) {
      const passage = index.passages.get(id)!
      passages.push({
        ...passage,
        contextTerms: passage.contextTerms.map(idOf),
        sentences: passage.sentences.map((s) => [s.start, s.end, s.terms.map(idOf)]),
      })
    }
  }
  const vocabulary = [...ids.keys()]
  const saved: SavedIndex = {
    format: indexFormat,
    words: [...index.words],
    vocabulary,
    documentFrequency: vocabulary.map((term) => index.documentFrequency.get(term) ?? 0),
    passages,
    miniSearch: index.miniSearch.toJSON(),
  }
  return JSON.stringify(saved)
}

/**
 * Loads a serialized index, yielding to other work while MiniSearch rebuilds its maps; throws with
 * the reason when the text is not a whole index of this format.
 */
export async function loadPassageIndex(json: string): Promise<PassageIndex> {
  let saved: Partial<SavedIndex>
  try {
    saved = JSON.parse(json) as Partial<SavedIndex>
  } catch (cause) {
    throw new Error('the index is not JSON (truncated?)', { cause })
  }
  if (saved.format !== indexFormat) throw new Error(`index format ${String(saved.format)} is not ${indexFormat}`)
  const { words, vocabulary, documentFrequency, passages } = saved
  if (!Array.isArray(words) || !Array.isArray(vocabulary) || !Array.isArray(documentFrequency) || !Array.isArray(passages) || typeof saved.miniSearch !== 'object') {
    throw new Error('the index is incomplete')
  }
  const term = (id: number) => {
    const found = vocabulary[id]
    if (found === undefined) throw new Error('the index is damaged (a term outside its vocabulary)')
    return found
  }
  const index: PassageIndex = {
    miniSearch: await MiniSearch.loadJSAsync<PassageDocument>(saved.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions()),
    passages: new Map(),
    articlePassages: new Map(),
    documentFrequency: new Map(vocabulary.map((t, i) => [t, documentFrequency[i] ?? 0])),
    words,
  }
  for (const saved of passages) {
    const passage: IndexedPassage = {
      ...saved,
      contextTerms: saved.contextTerms.map(term),
      sentences: saved.sentences.map(([start, end, terms]) => ({ start, end, terms: terms.map(term) })),
    }
    index.passages.set(passage.id, passage)
    const ids = index.articlePassages.get(passage.articleId)
    if (ids === undefined) index.articlePassages.set(passage.articleId, [passage.id])
    else ids.push(passage.id)
  }
  if (index.miniSearch.documentCount !== index.passages.size) throw new Error('the index is damaged (passage count differs from the search index)')
  return index
}
