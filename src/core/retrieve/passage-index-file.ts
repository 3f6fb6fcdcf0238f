import MiniSearch from 'minisearch'
import type { IndexedPassage, IndexedSentence } from './indexed-passage.js'
import { miniSearchOptions, type PassageDocument, type PassageIndex } from './passage-index.js'

/**
 * Version of the saved form, and of the analysis behind it; an index saved in another is rebuilt,
 * not loaded. 12: normalization drops invisible format characters. 14: sentence terms apart, as
 * one array of vocabulary positions. 15: MiniSearch's terms keyed behind bucket characters (searchKey).
 */
export const indexFormat = 15

/**
 * A passage as saved: its context terms as vocabulary positions, and its sentences as
 * [start, end, term count] triples, one after another; their terms are in {@link SavedIndexParts.terms}.
 */
interface SavedPassage extends Omit<IndexedPassage, 'sentences' | 'contextTerms'> {
  contextTerms: number[]
  sentences: number[]
}

/** The saved index's JSON: MiniSearch's own JSON beside the passages and the terms' document frequencies. */
interface SavedIndex {
  format: number
  words: string[]
  vocabulary: string[]
  /** Document frequency of each vocabulary term, saved so loading need not count it again. */
  documentFrequency: number[]
  passages: SavedPassage[]
  /** How many term positions {@link SavedIndexParts.terms} holds, so a part from another save is refused. */
  termCount: number
  miniSearch: unknown
}

/**
 * A saved index in two parts: JSON, and the terms of every sentence of every passage (in passage
 * order) as vocabulary positions. The terms are most of an index; as one typed array they are
 * written and read without being parsed (as JSON arrays they were half the file and most of its parsing).
 */
export interface SavedIndexParts {
  json: string
  terms: Int32Array
}

/** Serializes an index; passages are written in reading order, article by article. */
export function serializePassageIndex(index: PassageIndex): SavedIndexParts {
  const ids = new Map<string, number>()
  const idOf = (term: string) => {
    let id = ids.get(term)
    if (id === undefined) ids.set(term, (id = ids.size))
    return id
  }
  let termCount = 0
  for (const passage of index.passages.values()) for (const sentence of passage.sentences) termCount += sentence.terms.length
  const terms = new Int32Array(termCount)
  let at = 0
  const passages: SavedPassage[] = []
  for (const passageIds of index.articlePassages.values()) {
    for (const id of passageIds) {
      const passage = index.passages.get(id)!
      const sentences: number[] = []
      for (const sentence of passage.sentences) {
        sentences.push(sentence.start, sentence.end, sentence.terms.length)
        for (const term of sentence.terms) terms[at++] = idOf(term)
      }
      passages.push({ ...passage, contextTerms: passage.contextTerms.map(idOf), sentences })
    }
  }
  const vocabulary = [...ids.keys()]
  const saved: SavedIndex = {
    format: indexFormat,
    words: [...index.words],
    vocabulary,
    documentFrequency: vocabulary.map((term) => index.documentFrequency.get(term) ?? 0),
    passages,
    termCount,
    miniSearch: index.miniSearch.toJSON(),
  }
  return { json: JSON.stringify(saved), terms }
}

/** How a saved index is loaded. */
export interface LoadOptions {
  /**
   * Yield to other work while MiniSearch rebuilds its maps (its async loader: several times
   * slower, as it waits a timer tick every 1,000 entries). For a reload while an old index still
   * answers; at start-up nothing waits, so the default loads in one go.
   */
  yielding?: boolean
}

/** Loads a saved index; throws with the reason when the parts are not a whole index of this format. */
export async function loadPassageIndex(parts: SavedIndexParts, options: LoadOptions = {}): Promise<PassageIndex> {
  let saved: Partial<SavedIndex>
  try {
    saved = JSON.parse(parts.json) as Partial<SavedIndex>
  } catch (cause) {
    throw new Error('the index is not JSON (truncated?)', { cause })
  }
  if (saved.format !== indexFormat) throw new Error(`index format ${String(saved.format)} is not ${indexFormat}`)
  const { words, vocabulary, documentFrequency, passages } = saved
  if (!Array.isArray(words) || !Array.isArray(vocabulary) || !Array.isArray(documentFrequency) || !Array.isArray(passages) || typeof saved.miniSearch !== 'object') {
    throw new Error('the index is incomplete')
  }
  if (saved.termCount !== parts.terms.length) throw new Error('the index is damaged (its sentence terms are from another save)')
  const damaged = () => new Error('the index is damaged (a term outside its vocabulary)')
  const term = (id: number) => vocabulary[id] ?? throwError(damaged())
  const js = saved.miniSearch as Parameters<typeof MiniSearch.loadJS>[0]
  const index: PassageIndex = {
    miniSearch: options.yielding === true ? await MiniSearch.loadJSAsync<PassageDocument>(js, miniSearchOptions()) : MiniSearch.loadJS<PassageDocument>(js, miniSearchOptions()),
    passages: new Map(),
    articlePassages: new Map(),
    documentFrequency: new Map(),
    words,
  }
  // a loop, not a Map built from a million [term, count] pairs made only to be dropped
  for (let i = 0; i < vocabulary.length; i++) index.documentFrequency.set(vocabulary[i]!, documentFrequency[i] ?? 0)
  if (index.miniSearch.documentCount !== passages.length) throw new Error('the index is damaged (passage count differs from the search index)')
  const all = parts.terms
  let at = 0
  for (const saved of passages) {
    const sentences: IndexedSentence[] = []
    const triples = saved.sentences
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const count = triples[i + 2]!
      if (at + count > all.length) throw new Error('the index is damaged (more sentence terms than saved)')
      const terms = new Array<string>(count)
      for (let k = 0; k < count; k++) terms[k] = term(all[at + k]!)
      at += count
      sentences.push({ start: triples[i]!, end: triples[i + 1]!, terms })
    }
    const passage: IndexedPassage = { ...saved, contextTerms: saved.contextTerms.map(term), sentences }
    index.passages.set(passage.id, passage)
    const ids = index.articlePassages.get(passage.articleId)
    if (ids === undefined) index.articlePassages.set(passage.articleId, [passage.id])
    else ids.push(passage.id)
  }
  if (at !== all.length) throw new Error('the index is damaged (sentence terms left over)')
  return index
}

function throwError(error: Error): never {
  throw error
}
