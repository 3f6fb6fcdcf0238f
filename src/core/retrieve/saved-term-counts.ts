import type { SavedVocabulary } from './saved-vocabulary.js'

/**
 * The document frequencies of a loaded index as a Map, read from the saved counts (one number per
 * vocabulary term) instead of copied into a Map of a million entries; changes (articles indexed
 * or removed since loading) are kept beside them. Iterates saved terms in vocabulary order, then
 * terms added since.
 */
export function createSavedTermCounts(vocabulary: SavedVocabulary, counts: Int32Array): Map<string, number> {
  return new SavedTermCounts(vocabulary, counts)
}

class SavedTermCounts implements Map<string, number> {
  readonly #vocabulary: SavedVocabulary
  readonly #counts: Int32Array
  // counts set since loading (also of saved terms), and saved terms deleted since
  readonly #changed = new Map<string, number>()
  readonly #deleted = new Set<string>()
  #cleared = false
  #size = 0

  constructor(vocabulary: SavedVocabulary, counts: Int32Array) {
    if (counts.length !== vocabulary.size) throw new Error('one count per vocabulary term')
    this.#vocabulary = vocabulary
    this.#counts = counts
    for (const n of counts) if (n > 0) this.#size++
  }

  get size(): number {
    return this.#size
  }

  get [Symbol.toStringTag](): string {
    return 'Map'
  }

  get(term: string): number | undefined {
    const changed = this.#changed.get(term)
    if (changed !== undefined) return changed
    return this.#saved(term)
  }

  has(term: string): boolean {
    return this.get(term) !== undefined
  }

  set(term: string, count: number): this {
    if (!this.has(term)) this.#size++
    this.#changed.set(term, count)
    this.#deleted.delete(term)
    return this
  }

  delete(term: string): boolean {
    if (!this.has(term)) return false
    this.#size--
    this.#changed.delete(term)
    if (this.#saved(term) !== undefined) this.#deleted.add(term)
    return true
  }

  clear(): void {
    this.#cleared = true
    this.#changed.clear()
    this.#deleted.clear()
    this.#size = 0
  }

  forEach(callback: (value: number, key: string, map: Map<string, number>) => void, thisArg?: unknown): void {
    for (const [term, count] of this) callback.call(thisArg, count, term, this)
  }

  *entries(): MapIterator<[string, number]> {
    if (!this.#cleared) {
      for (let id = 0; id < this.#counts.length; id++) {
        const count = this.#counts[id]!
        if (count <= 0) continue
        const term = this.#vocabulary.term(id)
        if (!this.#changed.has(term) && !this.#deleted.has(term)) yield [term, count]
      }
    }
    yield* this.#changed
  }

  *keys(): MapIterator<string> {
    for (const [term] of this.entries()) yield term
  }

  *values(): MapIterator<number> {
    for (const [, count] of this.entries()) yield count
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries()
  }

  #saved(term: string): number | undefined {
    if (this.#cleared || this.#deleted.has(term)) return undefined
    const id = this.#vocabulary.find(term)
    const count = id < 0 ? 0 : this.#counts[id]!
    return count > 0 ? count : undefined
  }
}
