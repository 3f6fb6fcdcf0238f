import type { Passage } from '../types.js'
import type { IndexedPassage, IndexedSentence } from './indexed-passage.js'
import { createIntWriter, type IntWriter } from './int-writer.js'

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


// Passages whose terms stay made: the candidates of the last several questions. Kept for all,
// they grew a long-running process by the terms of every passage it ever ranked (15M strings at
// 100k passages); made again, they cost an array per sentence.
const HELD_PASSAGES = 4096

/**
 * Creates an empty store whose numbers stand for `term(n)`. The term lists made for the last
 * `heldPassages` passages read are kept; beyond that all are dropped and made again when read.
 */
export function createKeptPassageTerms(term: (n: number) => string, heldPassages = HELD_PASSAGES): KeptPassageTerms {
  const kept: Omit<KeptPassageTerms, 'passage'> = { sentences: createIntWriter(), sentenceTerms: createIntWriter(), contextTerms: createIntWriter(), passageIds: [] }
  let held: LazyTerms[] = []
  const hold = (state: LazyTerms) => {
    if (held.length >= heldPassages) {
      for (const old of held) if (old.made === true) old.sentences = old.contextTerms = old.made = undefined
      held = []
    }
    held.push(state)
  }
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
  const store: TermStore = { readSentences, readContext, hold }
  const passage = (plain: Passage, at: KeptAt): IndexedPassage => {
    const state: LazyTerms = { at, store }
    Object.defineProperty(plain, lazy, { value: state })
    Object.defineProperties(plain, lazyTerms)
    return plain as IndexedPassage
  }
  return { ...kept, passage }
}


const lazy = Symbol('kept terms')

// What every passage of one store shares: how its terms are read, and the passages holding theirs.
interface TermStore {
  readSentences(at: KeptAt): IndexedSentence[]
  readContext(at: KeptAt): string[]
  hold(state: LazyTerms): void
}

interface LazyTerms {
  at: KeptAt
  store: TermStore
  sentences?: IndexedSentence[]
  contextTerms?: string[]
  /** Both were made from the numbers (not set by a caller), so they may be dropped and made again. */
  made?: boolean
}

type WithLazyTerms = { [lazy]: LazyTerms }

// Makes both on first reading (or after they were dropped), unless a caller set them.
function makeTerms(state: LazyTerms): void {
  if (state.sentences !== undefined && state.contextTerms !== undefined) return
  state.sentences ??= state.store.readSentences(state.at)
  state.contextTerms ??= state.store.readContext(state.at)
  if (state.made === undefined) {
    state.made = true
    state.store.hold(state)
  }
}

// A property read from the passage's terms as they are made; one a caller sets is kept for good.
function lazyProperty(key: 'sentences' | 'contextTerms'): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: WithLazyTerms) {
      const state = this[lazy]
      makeTerms(state)
      return state[key]
    },
    set(this: WithLazyTerms, value: IndexedSentence[] & string[]) {
      const state = this[lazy]
      makeTerms(state)
      state[key] = value
      state.made = false
    },
  }
}

// An index's passages are read by answering a few at a time: their sentences' term lists (a
// string array per sentence, millions in all) are made on first reading, not when each passage
// is added or loaded, where they were a large part of a build's garbage collection and of a
// loaded index's memory. Both stay ordinary enumerable properties for readers; properties are
// added, not redefined, so that V8 keeps the passages as compact objects of one shape.
const lazyTerms: PropertyDescriptorMap = { sentences: lazyProperty('sentences'), contextTerms: lazyProperty('contextTerms') }
