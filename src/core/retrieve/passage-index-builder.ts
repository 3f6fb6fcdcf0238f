import type { EncodedArticles } from './analysed-passage-codec.js'
import type { AnalysedPassage, IndexedSentence } from './indexed-passage.js'
import { addPassage, createPassageIndex, type PassageIndex } from './passage-index.js'

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
  let passages = 0
  const add = (source: number, encoded: EncodedArticles) => {
    const decoded = decodePassages(encoded, sources[source] ?? [], terms, passages)
    passages += decoded.length
    for (const analysed of decoded) addPassage(index, analysed)
  }
  const build = () => {
    terms.forEachCount((term, count) => index.documentFrequency.set(term, count))
    return index
  }
  return { addTerms, add, build }
}

// Terms numbered once each, with their document frequency counted by number: a Map of a million
// strings read and written for every term of every passage was a seventh of a 100k build.
interface TermNumbering {
  numberOf(term: string): number
  term(n: number): string
  /** Counts `n` once for passage number `passage`, however often the passage holds it. */
  count(n: number, passage: number): void
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
  const count = (n: number, passage: number) => {
    if (lastPassage[n] === passage) return
    lastPassage[n] = passage
    counts[n]!++
  }
  const forEachCount = (each: (term: string, count: number) => void) => {
    for (let n = 0; n < terms.length; n++) if (counts[n]! > 0) each(terms[n]!, counts[n]!)
  }
  return { numberOf, term: (n) => terms[n]!, count, forEachCount }
}

function grow(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2).fill(fill)
  bigger.set(array)
  return bigger
}

// The analysed passages an encoder wrote, with their terms as strings again (see
// analysed-passage-codec), counting each sentence term once per passage as it goes.
function decodePassages(encoded: EncodedArticles, numbering: readonly number[], terms: TermNumbering, firstPassage: number): AnalysedPassage[] {
  const all = encoded.numbers
  let at = 0
  const readTerms = (passage?: number): string[] => {
    const list = new Array<string>(all[at++]!)
    for (let i = 0; i < list.length; i++) {
      const n = numbering[all[at++]!]!
      if (passage !== undefined) terms.count(n, passage)
      list[i] = terms.term(n)
    }
    return list
  }
  const decoded = encoded.passages.map((plain, k): AnalysedPassage => {
    const passage = firstPassage + k
    const sentences = new Array<IndexedSentence>(all[at++]!)
    for (let i = 0; i < sentences.length; i++) {
      const start = all[at++]!
      const end = all[at++]!
      sentences[i] = { start, end, terms: readTerms(passage) }
    }
    const contextTerms = readTerms()
    const fields = { words: readTerms(), heading: readTerms(), title: readTerms(), pairs: readTerms() }
    return { passage: { ...plain, sentences, contextTerms }, fields }
  })
  if (at !== all.length) throw new Error(`encoded passages damaged: read ${at} of ${all.length} numbers`)
  return decoded
}
