import MiniSearch from 'minisearch'
import type { IndexedPassage } from './indexed-passage.js'
import { createKeptPassageTerms } from './kept-passage-terms.js'
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
 * own JSON, term by term, inside the numbers part. 19: the passages' sentences and context terms
 * in the numbers too. 20: words opening with a question word (几乎, 哪怕, 几十) are no longer
 * passage terms.
 */
export const indexFormat = 20

/** A passage as saved: its sentences and context terms are in {@link SavedIndexParts.numbers}. */
type SavedPassage = Omit<IndexedPassage, 'sentences' | 'contextTerms'>

/** How many numbers (bytes, for the last) each section of {@link SavedIndexParts.numbers} holds, in their order. */
interface NumberSections {
  /** One per vocabulary term: the passages holding it. */
  documentFrequency: number
  /** Per passage, in the order of the JSON's: its sentence count, then start, end and term count of each sentence. */
  passageSentences: number
  /** Every sentence's terms, passage by passage, as vocabulary positions. */
  sentenceTerms: number
  /** Per passage: its context terms' count, then their vocabulary positions. */
  passageContext: number
  /** Two per term of MiniSearch's postings: its vocabulary position and the end of its JSON (see {@link SavedPostings}). */
  postingTerms: number
  /** Bytes of the postings' JSON, padded with spaces to whole numbers. */
  postingBytes: number
}

// Where each section of the numbers starts (the document frequencies at 0), and where they end.
function locateSections(sections: NumberSections): { passageSentences: number; sentenceTerms: number; passageContext: number; postingTerms: number; postingText: number; end: number } {
  const passageSentences = sections.documentFrequency
  const sentenceTerms = passageSentences + sections.passageSentences
  const passageContext = sentenceTerms + sections.sentenceTerms
  const postingTerms = passageContext + sections.passageContext
  const postingText = postingTerms + sections.postingTerms
  return { passageSentences, sentenceTerms, passageContext, postingTerms, postingText, end: postingText + Math.ceil(sections.postingBytes / 4) }
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
  const passages = savePassages(index, numbered)
  const { sentences, sentenceTerms, contextTerms } = numbered
  const sections: NumberSections = {
    documentFrequency: vocabulary.length,
    passageSentences: sentences.length,
    sentenceTerms: sentenceTerms.length,
    passageContext: contextTerms.length,
    postingTerms: postings.terms.length,
    postingBytes: postings.text.length,
  }
  const at = locateSections(sections)
  const numbers = new Int32Array(at.end)
  numbers.set(documentFrequency)
  numbers.set(sentences, at.passageSentences)
  for (let i = 0, k = at.sentenceTerms; i < sentenceTerms.length; i++) numbers[k++] = sortedId[sentenceTerms[i]!]!
  // each passage's count as it is, its terms by their sorted position
  for (let i = 0, k = at.passageContext; i < contextTerms.length; ) {
    const count = (numbers[k++] = contextTerms[i++]!)
    for (const end = i + count; i < end; ) numbers[k++] = sortedId[contextTerms[i++]!]!
  }
  numbers.set(postings.terms, at.postingTerms)
  bytesOf(numbers, at.postingText).fill(0x20).set(postings.text)
  const saved: SavedIndex = { format: indexFormat, words: [...index.words], vocabulary: joinVocabulary(vocabulary), passages, sections, miniSearch }
  return { json: JSON.stringify(saved), numbers }
}

// The numbers from position `at` on, as bytes.
function bytesOf(numbers: Int32Array, at: number): Uint8Array {
  return new Uint8Array(numbers.buffer, numbers.byteOffset + 4 * at, 4 * (numbers.length - at))
}

// The passages as saved, in the order of `numbered`'s numbers (throws when it lists others).
function savePassages(index: PassageIndex, numbered: NumberedTerms): SavedPassage[] {
  const { passageIds } = numbered
  const passages: SavedPassage[] = []
  for (const ids of index.articlePassages.values()) {
    for (const id of ids) {
      if (passageIds[passages.length] !== id) throw new Error(`the numbered terms list passage ${String(passageIds[passages.length])} where the index has ${id}`)
      passages.push(savedPassage(index.passages.get(id)!))
    }
  }
  if (passages.length !== passageIds.length) throw new Error('the numbered terms are not those of the index')
  return passages
}

// The passage without its sentences and context terms, in its own key order, without reading them
// (a built index makes them only when first read, see kept-passage-terms).
function savedPassage(passage: IndexedPassage): SavedPassage {
  const saved: Record<string, unknown> = {}
  for (const key of Object.keys(passage)) if (key !== 'sentences' && key !== 'contextTerms') saved[key] = passage[key as keyof IndexedPassage]
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
  const at = locateSections(sections)
  if (sections.documentFrequency !== vocabulary.size || at.end !== numbers.length) throw new Error('the index is damaged (its numbers are from another save)')
  // the document frequencies copied, as they are kept (the passages' numbers are copied into the
  // kept arrays): the rest of the numbers is dropped once loaded
  const documentFrequency = numbers.slice(0, sections.documentFrequency)
  const kept: SavedNumbers = {
    sentences: numbers.subarray(at.passageSentences, at.sentenceTerms),
    sentenceTerms: numbers.subarray(at.sentenceTerms, at.passageContext),
    contextTerms: numbers.subarray(at.passageContext, at.postingTerms),
  }
  const postings = { terms: numbers.subarray(at.postingTerms, at.postingText), text: bytesOf(numbers, at.postingText).subarray(0, sections.postingBytes) }
  if (saved.miniSearch.documentCount !== passages.length) throw new Error('the index is damaged (passage count differs from the search index)')
  // The passages and their kept numbers first: their arrays, allocated once MiniSearch's maps
  // fill the heap, cost a full garbage collection of them (0.3 s at 100k passages).
  const indexed = keepSavedPassages(passages, kept, vocabulary, options.heldPassages)
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

// The sections of the numbers holding the passages' sentences and context terms (see NumberSections).
interface SavedNumbers {
  sentences: Int32Array
  sentenceTerms: Int32Array
  contextTerms: Int32Array
}

// The saved passages with their sentence and context terms behind the lazy properties of one
// store of kept numbers (see kept-passage-terms), the saved sections copied into it whole;
// throws when the numbers do not add up or name a term outside the vocabulary.
function keepSavedPassages(passages: readonly SavedPassage[], saved: SavedNumbers, vocabulary: SavedVocabulary, heldPassages?: number): IndexedPassage[] {
  // each vocabulary term is made once, and shared by every sentence holding it
  const made = new Array<string | undefined>(vocabulary.size)
  const kept = createKeptPassageTerms((id) => (made[id] ??= vocabulary.term(id)), heldPassages)
  checkTermIds(saved.sentenceTerms, 0, saved.sentenceTerms.length, vocabulary.size)
  const starts = locatePassages(saved, passages.length, vocabulary.size)
  // a new store: the saved sections become its arrays whole, at the same positions
  for (const name of ['sentences', 'sentenceTerms', 'contextTerms'] as const) {
    kept[name].reserve(saved[name].length).set(saved[name])
    kept[name].advance(saved[name].length)
  }
  return passages.map((passage, i) => {
    if (typeof passage !== 'object' || passage === null) throw new Error('the index is damaged (a passage is not an object)')
    kept.passageIds.push(passage.id)
    return kept.passage(passage, { sentences: starts.sentences[i]!, sentenceTerms: starts.sentenceTerms[i]!, contextTerms: starts.contextTerms[i]! })
  })
}

// Where each passage's numbers start in each saved section; throws when they do not add up.
function locatePassages(saved: SavedNumbers, count: number, vocabularySize: number): Record<keyof SavedNumbers, Int32Array> {
  const starts = { sentences: new Int32Array(count), sentenceTerms: new Int32Array(count), contextTerms: new Int32Array(count) }
  const { sentences, contextTerms } = saved
  let s = 0
  let t = 0
  let c = 0
  for (let i = 0; i < count; i++) {
    starts.sentences[i] = s
    starts.sentenceTerms[i] = t
    starts.contextTerms[i] = c
    const end = s + 1 + 3 * (sentences[s] ?? -1)
    if (!(end > s && end <= sentences.length)) throw new Error('the index is damaged (a passage\'s sentences are cut short)')
    for (s += 3; s < end; s += 3) t += sentences[s]!
    s = end
    const contextEnd = c + 1 + (contextTerms[c] ?? -1)
    if (!(contextEnd > c && contextEnd <= contextTerms.length)) throw new Error('the index is damaged (a passage\'s context terms are cut short)')
    checkTermIds(contextTerms, c + 1, contextEnd, vocabularySize)
    c = contextEnd
  }
  if (t > saved.sentenceTerms.length) throw new Error('the index is damaged (more sentence terms than saved)')
  if (s !== sentences.length || c !== contextTerms.length || t !== saved.sentenceTerms.length) throw new Error('the index is damaged (sentence terms left over)')
  return starts
}

function checkTermIds(ids: Int32Array, from: number, to: number, vocabularySize: number): void {
  for (let i = from; i < to; i++) if (!(ids[i]! >= 0 && ids[i]! < vocabularySize)) throw new Error('the index is damaged (a term outside its vocabulary)')
}
