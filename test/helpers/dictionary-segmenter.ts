import type { Segmenter } from '../../src/core/types.js'

/** A fake segmenter for core tests: forward maximum matching over a tiny dictionary, unknown characters one by one. */
export function createDictionarySegmenter(dictionary: readonly string[]): Segmenter {
  return {
    cut: (text) => {
      const words = []
      for (let at = 0; at < text.length; ) {
        const word = dictionary.filter((w) => text.startsWith(w, at)).sort((a, b) => b.length - a.length)[0] ?? text[at]!
        words.push({ word, start: at })
        at += word.length
      }
      return words
    },
  }
}
