import type { Synonyms } from './synonyms.js'

/**
 * Parses a thesaurus file: a word a line, followed by near-synonyms of it, separated by spaces;
 * `#` starts a comment. Nearness goes both ways (each pair is written once), but unlike a synonym
 * group the near-synonyms of a line are not taken as near one another (学徒 and 师徒 are both near
 * 徒弟, not near each other). Words are taken as written: the file is normalized when made.
 */
export function parseThesaurus(text: string): Synonyms {
  // arrays pushed to, not sets: each pair is written once, and this runs at every start
  const near = new Map<string, string[]>()
  const link = (a: string, b: string) => {
    const list = near.get(a)
    if (list === undefined) near.set(a, [b])
    else if (!list.includes(b)) list.push(b)
  }
  for (const raw of text.split('\n')) {
    const comment = raw.indexOf('#')
    const line = (comment < 0 ? raw : raw.slice(0, comment)).trim()
    if (line === '') continue
    const [word, ...others] = line.split(/\s+/)
    for (const other of others) {
      if (other === word) continue
      link(word!, other)
      link(other, word!)
    }
  }
  return near
}
