import type { Segmenter } from '../../src/core/types.js'

/** A fake segmenter for core tests: words are what the fixture separates with `|`. */
export function createPipeSegmenter(): Segmenter {
  return {
    cut: (text) => {
      const words: { word: string; start: number }[] = []
      let start = 0
      for (const word of text.split('|')) {
        if (word !== '') words.push({ word, start })
        start += word.length + 1
      }
      return words
    },
  }
}
