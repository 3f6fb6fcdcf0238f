import type { TaggedWord } from '../../src/core/types.js'

/**
 * A fake part-of-speech tagger for core tests: forward maximum matching over a tiny tagged
 * dictionary; any other character is a word of its own tagged `x` (as jieba tags punctuation).
 */
export function createDictionaryTagger(dictionary: Record<string, string>): (text: string) => TaggedWord[] {
  const words = Object.keys(dictionary)
  return (text) => {
    const tagged: TaggedWord[] = []
    for (let at = 0; at < text.length; ) {
      const word = words.filter((w) => text.startsWith(w, at)).sort((a, b) => b.length - a.length)[0]
      tagged.push(word === undefined ? { word: text[at]!, tag: 'x' } : { word, tag: dictionary[word]! })
      at += word?.length ?? 1
    }
    return tagged
  }
}
