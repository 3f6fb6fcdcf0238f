import type { Passage } from '../types.js'
import type { IndexedPassage, IndexedSentence } from './indexed-passage.js'

/**
 * The sentences and context terms of the passages a builder added, as numbers in growing typed
 * arrays, passage after passage: what saving writes (see NumberedTerms), and what the passages'
 * own term lists are made from when first read.
 */
export interface KeptPassageTerms {
  /** Per passage: its sentence count, then start, end and term count of each sentence. */
  readonly sentences: IntWriter
  /** Every sentence's terms, by number. */
  readonly sentenceTerms: IntWriter
  /** Per passage: its context terms' count, then their numbers. */
  readonly contextTerms: IntWriter
  readonly passageIds: string[]
  /**
   * The passage whose numbers were just pushed (starting at `at`), its sentence and context
   * terms made from them, with `term`, on first reading.
   */
  passage(plain: Passage, at: KeptAt): IndexedPassage
}

/** Where a passage's numbers start in each array of {@link KeptPassageTerms}. */
export interface KeptAt {
  sentences: number
  sentenceTerms: number
  contextTerms: number
}

/** A growing Int32Array: a plain array of millions of numbers takes several times the memory. */
export interface IntWriter {
  push(n: number): void
  readonly length: number
  /** Makes room for `count` more numbers: write them into the array returned from `length` on, then {@link advance}. */
  reserve(count: number): Int32Array
  /** Takes the `count` numbers written after `length` into the array {@link reserve} returned. */
  advance(count: number): void
  /** The numbers pushed so far (a view: pushing more may leave it behind). */
  view(): Int32Array
}

/** Creates an empty store whose numbers stand for `term(n)`. */
export function createKeptPassageTerms(term: (n: number) => string): KeptPassageTerms {
  const kept: Omit<KeptPassageTerms, 'passage'> = { sentences: createIntWriter(), sentenceTerms: createIntWriter(), contextTerms: createIntWriter(), passageIds: [] }
  const readSentences = (at: KeptAt): IndexedSentence[] => {
    const triples = kept.sentences.view()
    const numbers = kept.sentenceTerms.view()
    const sentences = new Array<IndexedSentence>(triples[at.sentences]!)
    let t = at.sentenceTerms
    for (let i = 0, s = at.sentences + 1; i < sentences.length; i++, s += 3) {
      const terms = new Array<string>(triples[s + 2]!)
      for (let k = 0; k < terms.length; k++) terms[k] = term(numbers[t++]!)
      sentences[i] = { start: triples[s]!, end: triples[s + 1]!, terms }
    }
    return sentences
  }
  const readContext = (at: KeptAt): string[] => {
    const numbers = kept.contextTerms.view()
    const terms = new Array<string>(numbers[at.contextTerms]!)
    for (let k = 0; k < terms.length; k++) terms[k] = term(numbers[at.contextTerms + 1 + k]!)
    return terms
  }
  const passage = (plain: Passage, at: KeptAt): IndexedPassage => {
    const state: LazyTerms = { at, readSentences, readContext }
    Object.defineProperty(plain, lazy, { value: state })
    Object.defineProperties(plain, lazyTerms)
    return plain as IndexedPassage
  }
  return { ...kept, passage }
}

function createIntWriter(): IntWriter {
  let buffer = new Int32Array(1 << 16)
  let length = 0
  const reserve = (count: number) => {
    if (length + count > buffer.length) {
      let size = buffer.length * 2
      while (length + count > size) size *= 2
      const bigger = new Int32Array(size)
      bigger.set(buffer)
      buffer = bigger
    }
    return buffer
  }
  return {
    push(n) {
      if (length === buffer.length) reserve(1)
      buffer[length++] = n
    },
    get length() {
      return length
    },
    reserve,
    advance(count) {
      length += count
    },
    view: () => buffer.subarray(0, length),
  }
}

const lazy = Symbol('kept terms')

interface LazyTerms {
  at: KeptAt
  readSentences(at: KeptAt): IndexedSentence[]
  readContext(at: KeptAt): string[]
  sentences?: IndexedSentence[]
  contextTerms?: string[]
}

type WithLazyTerms = { [lazy]: LazyTerms }

// A built index's passages are read by answering a few at a time: their sentences' term lists (a
// string array per sentence, millions in all) are made on first reading and kept, not when each
// passage is added, where they were a large part of a build's garbage collection. Both stay
// ordinary enumerable properties for readers; properties are added, not redefined, so that V8
// keeps the passages as compact objects of one shape.
const lazyTerms: PropertyDescriptorMap = {
  sentences: {
    enumerable: true,
    configurable: true,
    get(this: WithLazyTerms) {
      const state = this[lazy]
      return (state.sentences ??= state.readSentences(state.at))
    },
    set(this: WithLazyTerms, sentences: IndexedSentence[]) {
      this[lazy].sentences = sentences
    },
  },
  contextTerms: {
    enumerable: true,
    configurable: true,
    get(this: WithLazyTerms) {
      const state = this[lazy]
      return (state.contextTerms ??= state.readContext(state.at))
    },
    set(this: WithLazyTerms, terms: string[]) {
      this[lazy].contextTerms = terms
    },
  },
}
