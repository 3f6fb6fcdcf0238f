import MiniSearch from 'minisearch'
import type { IndexedPassage } from './indexed-passage.js'
import { createKeptPassageTerms, type KeptAt } from './kept-passage-terms.js'
import { decodePostings, encodePostings, type MiniSearchJS } from './minisearch-postings.js'
import { numberTerms, type NumberedTerms } from './numbered-terms.js'
import { sortVocabulary } from './sorted-vocabulary.js'
import { miniSearchOptions, recordPassage, searchKey, termOfKey, type PassageDocument, type PassageIndex } from './passage-index.js'
import { createSavedTermCounts } from './saved-term-counts.js'
import { joinVocabulary, readVocabulary, type SavedVocabulary } from './saved-vocabulary.js'

/**
 * Version of the saved form, and of the analysis behind it; an index saved in another is rebuilt,
 * not loaded. 12: normalization drops invisible format characters. 14: sentence terms apart, as
 * one array of vocabulary positions. 15: MiniSearch's terms keyed behind bucket characters
 * (searchKey). 16: MiniSearch's postings and the document frequencies beside them, as numbers
 * too. 17: both; the vocabulary sorted, in one string. 18: MiniSearch's postings as its
 * own JSON, term by term, inside the numbers part.
 */
export const indexFormat = 18

/**
 * A passage as saved: its context terms as vocabulary positions, and its sentences as
 * [start, end, term count] triples, one after another; their terms are in {@link SavedIndexParts.numbers}.
 */
interface SavedPassage extends Omit<IndexedPassage, 'sentences' | 'contextTerms'> {
  contextTerms: number[]
  sentences: number[]
}

/** How many numbers (bytes, for the last) each section of {@link SavedIndexParts.numbers} holds, in their order. */
interface NumberSections {
  /** One per vocabulary term: the passages holding it. */
  documentFrequency: number
  /** Every sentence's terms, passage by passage, as vocabulary positions. */
  sentenceTerms: number
  /** Two per term of MiniSearch's postings: its vocabulary position and the end of its JSON (see {@link SavedPostings}). */
  postingTerms: number
  /** Bytes of the postings' JSON, padded with spaces to whole numbers. */
  postingBytes: number
}

/** The saved index's JSON: the passages, the terms, and MiniSearch's own JSON without its postings. */
interface SavedIndex {
  format: number
  words: string[]
  /** Every term of the index (sentence, context and search terms), sorted, a line each (see {@link joinVocabulary}). */
  vocabulary: string
  passages: SavedPassage[]
  sections: NumberSections
  miniSearch: Omit<MiniSearchJS, 'index'>
}

/**
 * A saved index in two parts: JSON, and the numbers (document frequencies, sentence terms and
 * MiniSearch's postings, see {@link NumberSections}). The numbers are most of an index; as one
 * typed array they are written and read without being parsed. The postings in it are MiniSearch's
 * JSON cut term by term, so loading parses one term at a time and never holds an object of every
 * posting (as one JSON they were most of the file, of its parsing and of its peak memory).
 */
export interface SavedIndexParts {
  json: string
  numbers: Int32Array
}

/**
 * Serializes an index; passages are written in reading order, article by article. `numbered`:
 * its terms as numbers when they are at hand (see {@link NumberedTerms}); throws when they list
 * other passages than the index. `miniSearchJS`: `index.miniSearch.toJSON()`, when taken already.
 */
export function serializePassageIndex(index: PassageIndex, numbered: NumberedTerms = numberTerms(index), miniSearchJS = index.miniSearch.toJSON() as MiniSearchJS): SavedIndexParts {
  const { index: searchIndex, ...miniSearch } = miniSearchJS
  const { vocabulary, sortedId, documentFrequency, numberOf } = sortVocabulary(numbered, searchIndex)
  const postings = encodePostings(searchIndex, (key) => sortedId[numberOf(termOfKey(key))!]!)
  const passages = savePassages(index, numbered, sortedId)
  const { sentenceTerms } = numbered
  const sections: NumberSections = { documentFrequency: vocabulary.length, sentenceTerms: sentenceTerms.length, postingTerms: postings.terms.length, postingBytes: postings.text.length }
  const textAt = sections.documentFrequency + sections.sentenceTerms + sections.postingTerms
  const numbers = new Int32Array(textAt + Math.ceil(sections.postingBytes / 4))
  numbers.set(documentFrequency)
  for (let i = 0, at = sections.documentFrequency; i < sentenceTerms.length; i++) numbers[at++] = sortedId[sentenceTerms[i]!]!
  numbers.set(postings.terms, sections.documentFrequency + sections.sentenceTerms)
  bytesOf(numbers, textAt).fill(0x20).set(postings.text)
  const saved: SavedIndex = { format: indexFormat, words: [...index.words], vocabulary: joinVocabulary(vocabulary), passages, sections, miniSearch }
  return { json: JSON.stringify(saved), numbers }
}

// The numbers from position `at` on, as bytes.
function bytesOf(numbers: Int32Array, at: number): Uint8Array {
  return new Uint8Array(numbers.buffer, numbers.byteOffset + 4 * at, 4 * (numbers.length - at))
}

// The passages as saved, their context terms by `sortedId` of their numbers. Their sentences and
// context terms are read from `numbered`, not from the passages, where a built index makes them
// only when first read (see kept-passage-terms).
function savePassages(index: PassageIndex, numbered: NumberedTerms, sortedId: Int32Array): SavedPassage[] {
  const { sentences, contextTerms, passageIds } = numbered
  const passages: SavedPassage[] = []
  let s = 0
  let c = 0
  let sentenceTerms = 0
  for (const ids of index.articlePassages.values()) {
    for (const id of ids) {
      if (passageIds[passages.length] !== id) throw new Error(`the numbered terms list passage ${String(passageIds[passages.length])} where the index has ${id}`)
      const triples = new Array<number>(3 * sentences[s++]!)
      for (let i = 0; i < triples.length; i++) triples[i] = sentences[s++]!
      for (let i = 2; i < triples.length; i += 3) sentenceTerms += triples[i]!
      const context = new Array<number>(contextTerms[c++]!)
      for (let k = 0; k < context.length; k++) context[k] = sortedId[contextTerms[c++]!]!
      passages.push(savedPassage(index.passages.get(id)!, triples, context))
    }
  }
  if (passages.length !== passageIds.length || sentenceTerms !== numbered.sentenceTerms.length) throw new Error('the numbered terms are not those of the index')
  return passages
}

// The passage with its sentences and context terms replaced, in its own key order, without reading them.
function savedPassage(passage: IndexedPassage, sentences: number[], contextTerms: number[]): SavedPassage {
  const saved: Record<string, unknown> = {}
  for (const key of Object.keys(passage)) saved[key] = key === 'sentences' ? sentences : key === 'contextTerms' ? contextTerms : passage[key as keyof IndexedPassage]
  return saved as unknown as SavedPassage
}

/** How a saved index is loaded. */
export interface LoadOptions {
  /**
   * Yield to other work while MiniSearch rebuilds its maps (its async loader: several times
   * slower, as it waits a timer tick every 1,000 entries). For a reload while an old index still
   * answers; at start-up nothing waits, so the default loads in one go.
   */
  yielding?: boolean
  /** How many passages keep their sentence and context terms once made (see kept-passage-terms); default 4,096. */
  heldPassages?: number
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
  const { words, passages, sections } = saved
  if (!Array.isArray(words) || typeof saved.vocabulary !== 'string' || !Array.isArray(passages) || typeof saved.miniSearch !== 'object' || typeof sections !== 'object') {
    throw new Error('the index is incomplete')
  }
  const vocabulary = readVocabulary(saved.vocabulary)
  const { numbers } = parts
  const textAt = sections.documentFrequency + sections.sentenceTerms + sections.postingTerms
  if (sections.documentFrequency !== vocabulary.size || textAt + Math.ceil(sections.postingBytes / 4) !== numbers.length) {
    throw new Error('the index is damaged (its numbers are from another save)')
  }
  // the document frequencies copied, as they are kept (the sentence terms are copied into the
  // kept arrays): the rest of the numbers is dropped once loaded
  const documentFrequency = numbers.slice(0, sections.documentFrequency)
  const sentenceTerms = numbers.subarray(sections.documentFrequency, sections.documentFrequency + sections.sentenceTerms)
  const postings = { terms: numbers.subarray(sections.documentFrequency + sections.sentenceTerms, textAt), text: bytesOf(numbers, textAt).subarray(0, sections.postingBytes) }
  for (const id of sentenceTerms) if (!(id >= 0 && id < vocabulary.size)) throw new Error('the index is damaged (a term outside its vocabulary)')
  if (saved.miniSearch.documentCount !== passages.length) throw new Error('the index is damaged (passage count differs from the search index)')
  // The passages and their kept numbers first: their arrays, allocated once MiniSearch's maps
  // fill the heap, cost a full garbage collection of them (0.3 s at 100k passages).
  const indexed = keepSavedPassages(passages, sentenceTerms, vocabulary, options.heldPassages)
  // loadJS only iterates over `index`, one [term, data] entry at a time (MiniSearch 7.2,
  // dist/es/index.js loadJS/loadJSAsync), so a generator serves where its type says array: the
  // postings become MiniSearch's maps without an object of all of them ever existing (the
  // save-and-load tests compare every search with the original index's)
  const js = { ...saved.miniSearch, index: decodePostings(postings, { size: vocabulary.size, term: (id) => searchKey(vocabulary.term(id)) }) as unknown as MiniSearchJS['index'] } as MiniSearchJS
  const index: PassageIndex = {
    miniSearch: options.yielding === true ? await MiniSearch.loadJSAsync<PassageDocument>(js, miniSearchOptions()) : MiniSearch.loadJS<PassageDocument>(js, miniSearchOptions()),
    passages: new Map(),
    articlePassages: new Map(),
    documentFrequency: createSavedTermCounts(vocabulary, documentFrequency),
    words,
  }
  for (const passage of indexed) recordPassage(index, passage)
  return index
}

// The saved passages with their sentence and context terms behind the lazy properties of one
// store of kept numbers (see kept-passage-terms), each array sized once and written in place (a
// call per number was a tenth of loading); throws when the numbers do not add up.
function keepSavedPassages(passages: readonly SavedPassage[], sentenceTerms: Int32Array, vocabulary: SavedVocabulary, heldPassages?: number): IndexedPassage[] {
  // each vocabulary term is made once, and shared by every sentence holding it
  const made = new Array<string | undefined>(vocabulary.size)
  const kept = createKeptPassageTerms((id) => (made[id] ??= vocabulary.term(id)), heldPassages)
  kept.sentenceTerms.reserve(sentenceTerms.length).set(sentenceTerms, kept.sentenceTerms.length)
  kept.sentenceTerms.advance(sentenceTerms.length)
  let sentenceNumbers = 0
  let contextNumbers = 0
  for (const { sentences: triples, contextTerms: contextIds } of passages) {
    if (!Array.isArray(triples) || !Array.isArray(contextIds) || triples.length % 3 !== 0) throw new Error('the index is damaged (a passage\'s sentences are cut short)')
    sentenceNumbers += 1 + triples.length
    contextNumbers += 1 + contextIds.length
  }
  const sentenceOut = kept.sentences.reserve(sentenceNumbers)
  const contextOut = kept.contextTerms.reserve(contextNumbers)
  let s = kept.sentences.length
  let c = kept.contextTerms.length
  let at = 0
  const indexed: IndexedPassage[] = []
  for (const saved of passages) {
    // properties added, not redefined, so that V8 keeps 100k passages as compact objects of one shape
    const { sentences: triples, contextTerms: contextIds, ...passage } = saved
    const starts: KeptAt = { sentences: s, sentenceTerms: at, contextTerms: c }
    sentenceOut[s++] = triples.length / 3
    for (let i = 0; i < triples.length; i++) sentenceOut[s++] = triples[i]!
    for (let i = 2; i < triples.length; i += 3) at += triples[i]!
    if (at > sentenceTerms.length) throw new Error('the index is damaged (more sentence terms than saved)')
    contextOut[c++] = contextIds.length
    for (const id of contextIds) {
      if (!(id >= 0 && id < vocabulary.size)) throw new Error('the index is damaged (a term outside its vocabulary)')
      contextOut[c++] = id
    }
    kept.passageIds.push(passage.id)
    indexed.push(kept.passage(passage, starts))
  }
  kept.sentences.advance(sentenceNumbers)
  kept.contextTerms.advance(contextNumbers)
  if (at !== sentenceTerms.length) throw new Error('the index is damaged (sentence terms left over)')
  return indexed
}
