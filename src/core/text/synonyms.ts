/** For each word, the other words of its synonym groups (normalized, as the analyzer sees them). */
export type Synonyms = ReadonlyMap<string, readonly string[]>

/**
 * Parses a synonym file: one group per line, words separated by spaces or commas, `#` starts a
 * comment. Words are passed through `normalize` so traditional or full-width entries still match.
 */
export function parseSynonyms(text: string, normalize: (word: string) => string = (w) => w): Synonyms {
  const groups = new Map<string, Set<string>>()
  for (const line of text.split('\n')) {
    const words = line.replace(/#.*/, '').split(/[\s,，、]+/).map(normalize).filter((w) => w !== '')
    for (const word of words) {
      const group = groups.get(word) ?? new Set<string>()
      for (const other of words) if (other !== word) group.add(other)
      groups.set(word, group)
    }
  }
  return new Map([...groups].map(([word, group]) => [word, [...group]]))
}

/** Every word that appears in some group, for the segmenter's user dictionary. */
export function listSynonymWords(synonyms: Synonyms): string[] {
  return [...synonyms.keys()]
}
