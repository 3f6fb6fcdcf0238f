import { readFile } from 'node:fs/promises'
import type { Synonyms } from '../core/text/synonyms.js'
import { parseThesaurus } from '../core/text/thesaurus.js'

/**
 * The general near-synonym table shipped with wenda (derived from CC-CEDICT by
 * `npm run thesaurus`; CC BY-SA 4.0, see the file's header): a word and its near-synonyms a line.
 */
export const thesaurusUrl = new URL('./data/near-synonyms.txt', import.meta.url)

// One copy per process: every library opened (reloads, replicas' libraries) shares it.
const loaded = new Map<string, Promise<Synonyms>>()

/**
 * Reads and parses the thesaurus at `url` (default the shipped one) once per process; its words
 * are normalized already (a test checks the shipped file). A missing or unreadable file rejects
 * with the path and the cause.
 */
export function readThesaurus(url: URL = thesaurusUrl): Promise<Synonyms> {
  let thesaurus = loaded.get(url.href)
  if (thesaurus === undefined) {
    thesaurus = readFile(url, 'utf8').then(
      (text) => parseThesaurus(text),
      (cause: unknown) => {
        loaded.delete(url.href)
        throw new Error(`cannot read the thesaurus ${url.pathname}`, { cause })
      },
    )
    loaded.set(url.href, thesaurus)
  }
  return thesaurus
}
