import type { Synonyms } from './synonyms.js'

/**
 * Parses a thesaurus file: a word a line, followed by near-synonyms of it, separated by spaces;
 * `#` starts a comment. Nearness goes both ways (each pair is written once), but unlike a synonym
 * group the near-synonyms of a line are not taken as near one another (学徒 and 师徒 are both near
 * 徒弟, not near each other). Words are passed through `normalize`.
 */
export function parseThesaurus(text: string, normalize: (word: string) => string = (w) => w): Synonyms {
  const near = new Map<string, Set<string>>()
  const link = (a: string, b: string) => near.set(a, (near.get(a) ?? new Set<string>()).add(b))
  for (const line of text.split('\n')) {
    const [word, ...others] = line.replace(/#.*/, '').split(/\s+/).map(normalize).filter((w) => w !== '')
    if (word === undefined) continue
    for (const other of others) {
      if (other === word) continue
      link(word, other)
      link(other, word)
    }
  }
  return new Map([...near].map(([word, others]) => [word, [...others]]))
}
