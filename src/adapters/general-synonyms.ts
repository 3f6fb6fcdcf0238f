import { readFile } from 'node:fs/promises'

/**
 * The general synonym groups shipped with wenda (警察 民警 片儿警, 老人 长者 …), read beside every
 * corpus folder's own synonyms.txt and aliases.txt, so a collection of one's own matches as the
 * shipped one does. General vocabulary only: never a name or an answer.
 */
export const generalSynonymsUrl = new URL('./data/synonyms.txt', import.meta.url)

// One copy per process, as the thesaurus.
let loaded: Promise<string> | undefined

/** The shipped groups' text, read once per process; a missing file rejects with its path and the cause. */
export function readGeneralSynonyms(): Promise<string> {
  loaded ??= readFile(generalSynonymsUrl, 'utf8').catch((cause: unknown) => {
    loaded = undefined
    throw new Error(`cannot read the general synonyms ${generalSynonymsUrl.pathname}`, { cause })
  })
  return loaded
}
