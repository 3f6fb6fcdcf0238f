import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CorpusCache, ParsedCorpus } from './corpus-files.js'
import { packageVersion, writeAtomically } from './index-store.js'

/** Version of the parsed form; bump it whenever article parsing changes what an article holds. */
export const corpusCacheFormat = 4

const FILE = 'corpus.json'

interface SavedCorpus extends ParsedCorpus {
  format: number
  fingerprint: string
  yaml: string
}

/**
 * A {@link CorpusCache} in `<indexDir>/corpus.json`. A missing, damaged or outdated file is a miss
 * (the corpus is parsed again); a failed save only costs the next start the parsing. With
 * `reuse: false` (a forced rebuild) nothing is loaded, but the fresh parse is saved.
 */
export function createCorpusCache(indexDir: string, { reuse = true } = {}): CorpusCache {
  const path = join(indexDir, FILE)
  return {
    load: async (fingerprint) => {
      if (!reuse) return undefined
      try {
        const bytes = await readFile(path)
        // saved with these three first: another corpus' cache (a reload after an edit) is told by
        // its first bytes, not by decoding and parsing tens of megabytes
        const head = Buffer.from(`${JSON.stringify({ format: corpusCacheFormat, fingerprint, yaml: packageVersion('yaml') }).slice(0, -1)},`)
        if (!bytes.subarray(0, head.length).equals(head)) return undefined
        const saved = JSON.parse(bytes.toString('utf8')) as Partial<SavedCorpus>
        const current = saved.format === corpusCacheFormat && saved.fingerprint === fingerprint && saved.yaml === packageVersion('yaml')
        return current && Array.isArray(saved.articles) && Array.isArray(saved.problems) ? { articles: saved.articles, problems: saved.problems } : undefined
      } catch {
        return undefined
      }
    },
    save: async (fingerprint, parsed) => {
      const saved: SavedCorpus = { format: corpusCacheFormat, fingerprint, yaml: packageVersion('yaml'), ...parsed }
      try {
        await mkdir(indexDir, { recursive: true })
        await writeAtomically(path, JSON.stringify(saved))
      } catch {
        // a cache: the index itself reports what cannot be written
      }
    },
  }
}
