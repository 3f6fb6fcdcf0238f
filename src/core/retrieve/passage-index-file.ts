import MiniSearch from 'minisearch'
import type { Passage } from '../types.js'
import type { IndexedPassage, IndexedSentence } from './indexed-passage.js'
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
 * too. 17: both; the vocabulary sorted, in one string.
 */
export const indexFormat = 17

/**
 * A passage as saved: its context terms as vocabulary positions, and its sentences as
 * [start, end, term count] triples, one after another; their terms are in {@link SavedIndexParts.numbers}.
 */
interface SavedPassage extends Omit<IndexedPassage, 'sentences' | 'contextTerms'> {
  contextTerms: number[]
  sentences: number[]
}

/** How many numbers each section of {@link SavedIndexParts.numbers} holds, in their order. */
interface NumberSections {
  /** One per vocabulary term: the passages holding it. */
  documentFrequency: number
  /** Every sentence's terms, passage by passage, as vocabulary positions. */
  sentenceTerms: number
  /** MiniSearch's postings (see {@link encodePostings}), its terms as vocabulary positions. */
  postings: number
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
 * typed array they are written and read without being parsed, and loading never holds a parsed
 * object of every posting (as JSON they were most of the file, of its parsing and of its peak memory).
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
  const sections: NumberSections = { documentFrequency: vocabulary.length, sentenceTerms: sentenceTerms.length, postings: postings.length }
  const numbers = new Int32Array(sections.documentFrequency + sections.sentenceTerms + sections.postings)
  numbers.set(documentFrequency)
  for (let i = 0, at = sections.documentFrequency; i < sentenceTerms.length; i++) numbers[at++] = sortedId[sentenceTerms[i]!]!
  numbers.set(postings, sections.documentFrequency + sections.sentenceTerms)
  const saved: SavedIndex = { format: indexFormat, words: [...index.words], vocabulary: joinVocabulary(vocabulary), passages, sections, miniSearch }
  return { json: JSON.stringify(saved), numbers }
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
  /** How many passages keep their sentence and context terms once made (see HELD_PASSAGES); default 4,096. */
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
  if (sections.documentFrequency !== vocabulary.size || sections.documentFrequency + sections.sentenceTerms + sections.postings !== numbers.length) {
    throw new Error('the index is damaged (its numbers are from another save)')
  }
  // copies, as both are kept: the rest of the numbers is dropped once loaded
  const documentFrequency = numbers.slice(0, sections.documentFrequency)
  const sentenceTerms = numbers.slice(sections.documentFrequency, sections.documentFrequency + sections.sentenceTerms)
  const postings = numbers.subarray(sections.documentFrequency + sections.sentenceTerms)
  for (const id of sentenceTerms) if (!(id >= 0 && id < vocabulary.size)) throw new Error('the index is damaged (a term outside its vocabulary)')
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
  if (index.miniSearch.documentCount !== passages.length) throw new Error('the index is damaged (passage count differs from the search index)')
  const expand = sentenceExpander(vocabulary, sentenceTerms, options.heldPassages ?? HELD_PASSAGES)
  let at = 0
  for (const saved of passages) {
    // the saved numbers move behind the lazy terms; properties added, not redefined, so that V8
    // keeps 100k passages as compact objects of one shape rather than as dictionaries
    const { sentences: triples, contextTerms: contextIds, ...passage } = saved
    let count = 0
    for (let i = 2; i < triples.length; i += 3) count += triples[i]!
    if (at + count > sentenceTerms.length) throw new Error('the index is damaged (more sentence terms than saved)')
    for (const id of contextIds) if (!(id >= 0 && id < vocabulary.size)) throw new Error('the index is damaged (a term outside its vocabulary)')
    defineLazyTerms(passage, triples, contextIds, at, expand)
    at += count
    recordPassage(index, passage)
  }
  if (at !== sentenceTerms.length) throw new Error('the index is damaged (sentence terms left over)')
  return index
}

interface Expand {
  sentences(triples: readonly number[], at: number): IndexedSentence[]
  terms(ids: readonly number[]): string[]
  /** Notes a passage whose terms were just made, dropping every kept expansion once too many are. */
  hold(state: LazyTerms): void
}

// Passages whose terms stay made: the candidates of the last several questions. Kept for all,
// they grew a long-running process by the terms of every passage it ever ranked (15M strings at
// 100k passages); made again, they cost an array of shared strings.
const HELD_PASSAGES = 4096

// A passage's sentences as IndexedSentence objects and its context terms, read from their
// vocabulary positions; each vocabulary term is made once, and shared by every sentence holding it
function sentenceExpander(vocabulary: SavedVocabulary, all: Int32Array, heldPassages: number): Expand {
  const made = new Array<string | undefined>(vocabulary.size)
  const term = (id: number) => (made[id] ??= vocabulary.term(id))
  const sentences = (triples: readonly number[], at: number) => {
    const sentences: IndexedSentence[] = []
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const count = triples[i + 2]!
      const terms = new Array<string>(count)
      for (let k = 0; k < count; k++) terms[k] = term(all[at + k]!)
      at += count
      sentences.push({ start: triples[i]!, end: triples[i + 1]!, terms })
    }
    return sentences
  }
  let held: LazyTerms[] = []
  const hold = (state: LazyTerms) => {
    if (held.length >= heldPassages) {
      for (const old of held) if (old.made) old.sentences = old.contextTerms = old.made = undefined
      held = []
    }
    held.push(state)
  }
  return { sentences, terms: (ids) => ids.map(term), hold }
}

const lazy = Symbol('saved terms')

interface LazyTerms {
  triples: readonly number[]
  at: number
  contextIds: readonly number[]
  expand: Expand
  sentences?: IndexedSentence[]
  contextTerms?: string[]
  /** Both were made from the saved numbers (not set by a caller), so they may be dropped and made again. */
  made?: boolean
}

// Answering reads the terms of a few candidate passages only: each passage's sentences (a string
// array per sentence, most of a loaded index's objects) and context terms are made on first
// reading, from the saved numbers, and kept while the passage is among the last read (see
// HELD_PASSAGES). Both stay ordinary enumerable properties for readers.
function defineLazyTerms(passage: Passage, triples: readonly number[], contextIds: readonly number[], at: number, expand: Expand): asserts passage is IndexedPassage {
  const state: LazyTerms = { triples, at, contextIds, expand }
  Object.defineProperty(passage, lazy, { value: state })
  Object.defineProperties(passage, lazyTerms)
}

type WithLazyTerms = { [lazy]: LazyTerms }

// Makes both on first reading (or after they were dropped), unless a caller set them
function expandTerms(state: LazyTerms): void {
  if (state.sentences !== undefined && state.contextTerms !== undefined) return
  state.sentences ??= state.expand.sentences(state.triples, state.at)
  state.contextTerms ??= state.expand.terms(state.contextIds)
  if (state.made === undefined) {
    state.made = true
    state.expand.hold(state)
  }
}

const lazySentences: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: WithLazyTerms) {
    const state = this[lazy]
    expandTerms(state)
    return state.sentences
  },
  set(this: WithLazyTerms, sentences: IndexedSentence[]) {
    const state = this[lazy]
    expandTerms(state)
    state.sentences = sentences
    state.made = false
  },
}

const lazyContextTerms: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: WithLazyTerms) {
    const state = this[lazy]
    expandTerms(state)
    return state.contextTerms
  },
  set(this: WithLazyTerms, terms: string[]) {
    const state = this[lazy]
    expandTerms(state)
    state.contextTerms = terms
    state.made = false
  },
}

const lazyTerms: PropertyDescriptorMap = { sentences: lazySentences, contextTerms: lazyContextTerms }
