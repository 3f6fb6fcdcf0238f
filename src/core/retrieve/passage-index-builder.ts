import { searchFields, type EncodedArticles } from './analysed-passage-codec.js'
import type { IndexedPassage } from './indexed-passage.js'
import { createKeptPassageTerms, type KeptPassageTerms } from './kept-passage-terms.js'
import type { NumberedTerms } from './numbered-terms.js'
import { createPassageIndex, recordPassage, type PassageDocument, type PassageIndex } from './passage-index.js'

/**
 * Collects encoded analysed passages (from this thread and analysis workers) into a new index,
 * through MiniSearch's own `add`. Each encoder is a numbered source; its terms are taken as they
 * come, its passages in reading order (a worker's later batch may arrive before an earlier one).
 */
export interface PassageIndexBuilder {
  /** Takes the `newTerms` of a source's batch; call in the order the source encoded them. */
  addTerms(source: number, terms: readonly string[]): void
  /** Adds a batch of articles (their terms taken already), articles in reading order across calls. */
  add(source: number, encoded: EncodedArticles): void
  /** The index of all passages added. */
  build(): PassageIndex
  /** The built index's terms as numbers, for saving it (`serializePassageIndex`) before it changes. */
  numberedTerms(): NumberedTerms
}

/** Creates a builder for an index cut with `words` added to the segmenter. */
export function createPassageIndexBuilder(words: readonly string[] = []): PassageIndexBuilder {
  const index = createPassageIndex(words)
  const terms = createTermNumbering()
  // each source numbers its terms from 0 as it first sends them: its numbers, as this builder's
  const sources: number[][] = []
  const addTerms = (source: number, added: readonly string[]) => {
    const numbering = (sources[source] ??= [])
    for (const term of added) numbering.push(terms.numberOf(term))
  }
  // given the terms alone, so the map numbering them is not kept alive with the passages
  const kept = createKeptPassageTerms(termOf(terms.all))
  const add = (source: number, encoded: EncodedArticles) => {
    const passages = decodePassages(encoded, sources[source] ?? [], terms, kept)
    passages.forEach((passage, k) => {
      index.miniSearch.add(searchDocument(passage.id, encoded.fields, k * searchFields.length))
      recordPassage(index, passage)
    })
  }
  const build = () => {
    terms.forEachCount((term, count) => index.documentFrequency.set(term, count))
    return index
  }
  const numberedTerms = (): NumberedTerms => ({
    terms: terms.all,
    numberOf: terms.find,
    sentences: kept.sentences.view(),
    sentenceTerms: kept.sentenceTerms.view(),
    contextTerms: kept.contextTerms.view(),
    documentFrequency: terms.countOf,
    passageIds: kept.passageIds,
  })
  return { addTerms, add, build, numberedTerms }
}

// Terms numbered once each, with their document frequency counted by number: a Map of a million
// strings read and written for every term of every passage was a seventh of a 100k build.
interface TermNumbering {
  numberOf(term: string): number
  find(term: string): number | undefined
  readonly all: readonly string[]
  countOf(n: number): number
  /**
   * The passages holding each term, and the last passage counted for it (so a passage counts a
   * term once however often it holds it): valid until {@link numberOf} numbers a new term.
   */
  counting(): { counts: Int32Array; lastPassage: Int32Array }
  forEachCount(each: (term: string, count: number) => void): void
}

function createTermNumbering(): TermNumbering {
  const numbers = new Map<string, number>()
  const terms: string[] = []
  let counts = new Int32Array(1 << 16)
  let lastPassage = new Int32Array(1 << 16).fill(-1)
  const numberOf = (term: string) => {
    let n = numbers.get(term)
    if (n !== undefined) return n
    numbers.set(term, (n = terms.length))
    terms.push(term)
    if (n === counts.length) {
      counts = grow(counts, 0)
      lastPassage = grow(lastPassage, -1)
    }
    return n
  }
  const forEachCount = (each: (term: string, count: number) => void) => {
    for (let n = 0; n < terms.length; n++) if (counts[n]! > 0) each(terms[n]!, counts[n]!)
  }
  return { numberOf, find: (term) => numbers.get(term), all: terms, countOf: (n) => counts[n] ?? 0, counting: () => ({ counts, lastPassage }), forEachCount }
}

const termOf = (all: readonly string[]) => (n: number) => all[n]!

function grow(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2).fill(fill)
  bigger.set(array)
  return bigger
}

// The passages an encoder wrote, their sentence and context terms kept as numbers (see
// analysed-passage-codec and kept-passage-terms), counting each sentence term once per passage.
// Written straight into the kept arrays: a call per number was most of this thread's decoding.
function decodePassages(encoded: EncodedArticles, numbering: readonly number[], terms: TermNumbering, kept: KeptPassageTerms): IndexedPassage[] {
  const all = encoded.numbers
  const { counts, lastPassage } = terms.counting()
  let at = 0
  const decoded = encoded.passages.map((plain): IndexedPassage => {
    const passage = kept.passageIds.length
    kept.passageIds.push(plain.id)
    const starts = { sentences: kept.sentences.length, sentenceTerms: kept.sentenceTerms.length, contextTerms: kept.contextTerms.length }
    const sentenceCount = all[at++]!
    kept.sentences.push(sentenceCount)
    for (let i = 0; i < sentenceCount; i++) {
      const termCount = all[at + 2]!
      kept.sentences.push(all[at]!)
      kept.sentences.push(all[at + 1]!)
      kept.sentences.push(termCount)
      at += 3
      const out = kept.sentenceTerms.reserve(termCount)
      for (let k = 0, o = kept.sentenceTerms.length; k < termCount; k++) {
        const n = numbering[all[at++]!]!
        if (lastPassage[n] !== passage) {
          lastPassage[n] = passage
          counts[n]!++
        }
        out[o++] = n
      }
      kept.sentenceTerms.advance(termCount)
    }
    const contextCount = all[at++]!
    const out = kept.contextTerms.reserve(1 + contextCount)
    let o = kept.contextTerms.length
    out[o++] = contextCount
    for (let k = 0; k < contextCount; k++) out[o++] = numbering[all[at++]!]!
    kept.contextTerms.advance(1 + contextCount)
    return kept.passage(plain, starts)
  })
  if (at !== all.length) throw new Error(`encoded passages damaged: read ${at} of ${all.length} numbers`)
  return decoded
}

// A passage's document for MiniSearch with its fields' terms joined already: MiniSearch joins an
// array field's terms by spaces (miniSearchOptions' stringifyField) before splitting them again,
// and takes a string as it is, so this is the same document.
function searchDocument(id: string, fields: readonly string[], at: number): PassageDocument {
  const document: Record<string, string> = { id }
  searchFields.forEach((field, i) => (document[field] = fields[at + i]!))
  return document as unknown as PassageDocument
}
