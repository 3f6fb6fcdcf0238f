import type { EncodedArticles } from './analysed-passage-codec.js'
import type { AnalysedPassage, IndexedSentence } from './indexed-passage.js'
import { addPassages, createPassageIndex, type PassageIndex } from './passage-index.js'

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
  // each source numbers its terms from 0 as it first sends them
  const sources: string[][] = []
  const addTerms = (source: number, added: readonly string[]) => {
    const terms = (sources[source] ??= [])
    for (const term of added) terms.push(term)
  }
  const add = (source: number, encoded: EncodedArticles) => addPassages(index, decodePassages(encoded, sources[source] ?? []))
  return { addTerms, add, build: () => index }
}

// The analysed passages an encoder wrote, with their terms as strings again (see analysed-passage-codec).
function decodePassages(encoded: EncodedArticles, terms: readonly string[]): AnalysedPassage[] {
  const all = encoded.numbers
  let at = 0
  const readTerms = (): string[] => {
    const list = new Array<string>(all[at++]!)
    for (let i = 0; i < list.length; i++) list[i] = terms[all[at++]!]!
    return list
  }
  const decoded = encoded.passages.map((plain): AnalysedPassage => {
    const sentences = new Array<IndexedSentence>(all[at++]!)
    for (let i = 0; i < sentences.length; i++) {
      const start = all[at++]!
      const end = all[at++]!
      sentences[i] = { start, end, terms: readTerms() }
    }
    const contextTerms = readTerms()
    const fields = { words: readTerms(), heading: readTerms(), title: readTerms(), pairs: readTerms() }
    return { passage: { ...plain, sentences, contextTerms }, fields }
  })
  if (at !== all.length) throw new Error(`encoded passages damaged: read ${at} of ${all.length} numbers`)
  return decoded
}
