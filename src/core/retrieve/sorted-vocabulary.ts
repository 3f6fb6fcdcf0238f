import type { MiniSearchJS } from './minisearch-postings.js'
import type { NumberedTerms } from './numbered-terms.js'
import { termOfKey } from './passage-index.js'

// The vocabulary a saved index lists, with what saving numbers by it.
interface SortedVocabulary {
  /** Every term in use (sentence, context and search terms), sorted. */
  vocabulary: string[]
  /** Each term number's position in the vocabulary. */
  sortedId: Int32Array
  /** The document frequency of each vocabulary term. */
  documentFrequency: Int32Array
  /** A term's number: the numbered terms', then the search-only terms' after them. */
  numberOf(term: string): number | undefined
}

/**
 * Every term in use (sentence and context terms, and MiniSearch's terms behind their keys),
 * sorted as `Array.prototype.sort` sorts them: by `numbered.sorted` when it is whole, else here.
 */
export function sortVocabulary(numbered: NumberedTerms, searchIndex: MiniSearchJS['index']): SortedVocabulary {
  const { terms, sentenceTerms, contextTerms } = numbered
  const used = new Uint8Array(terms.length)
  for (let i = 0; i < sentenceTerms.length; i++) used[sentenceTerms[i]!] = 1
  for (let i = 0; i < contextTerms.length; i += 1 + contextTerms[i]!) for (let k = 1; k <= contextTerms[i]!; k++) used[contextTerms[i + k]!] = 1
  // MiniSearch's keys are saved as the terms they stand for; loading keys them again
  const searchOnly = new Map<string, number>()
  const numberOf = (term: string) => numbered.numberOf(term) ?? searchOnly.get(term)
  for (const [key] of searchIndex) {
    const term = termOfKey(key)
    const n = numberOf(term)
    if (n === undefined) searchOnly.set(term, terms.length + searchOnly.size)
    else if (n < terms.length) used[n] = 1
  }
  const order = sortNumbers(numbered, used, searchOnly)
  const searchTerms = [...searchOnly.keys()]
  const vocabulary = new Array<string>(order.length)
  const sortedId = new Int32Array(terms.length + searchOnly.size)
  const documentFrequency = new Int32Array(order.length)
  order.forEach((n, id) => {
    sortedId[n] = id
    vocabulary[id] = n < terms.length ? terms[n]! : searchTerms[n - terms.length]!
    documentFrequency[id] = n < terms.length ? numbered.documentFrequency(n) : 0
  })
  return { vocabulary, sortedId, documentFrequency, numberOf }
}

// The numbers of the terms in use, in their terms' sorted order: the order sorted elsewhere (when
// whole) merged with the search-only terms', or the terms sorted here.
function sortNumbers(numbered: NumberedTerms, used: Uint8Array, searchOnly: ReadonlyMap<string, number>): number[] {
  const { terms, sorted } = numbered
  const extra = [...searchOnly.keys()].sort()
  if (sorted === undefined || !isPermutation(sorted, terms.length)) {
    for (let n = 0; n < terms.length; n++) if (used[n] === 1) extra.push(terms[n]!)
    return extra.sort().map((term) => numbered.numberOf(term) ?? searchOnly.get(term)!)
  }
  const order: number[] = []
  let e = 0
  for (const n of sorted) {
    if (used[n] !== 1) continue
    while (e < extra.length && extra[e]! < terms[n]!) order.push(searchOnly.get(extra[e++]!)!)
    order.push(n)
  }
  while (e < extra.length) order.push(searchOnly.get(extra[e++]!)!)
  return order
}

function isPermutation(numbers: Int32Array, length: number): boolean {
  if (numbers.length !== length) return false
  const seen = new Uint8Array(length)
  for (const n of numbers) {
    if (!(n >= 0 && n < length) || seen[n] === 1) return false
    seen[n] = 1
  }
  return true
}
