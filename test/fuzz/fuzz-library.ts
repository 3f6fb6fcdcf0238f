import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary } from '../../src/app/open-library.js'
import type { Library } from '../../src/core/library.js'
import { writeTinyCorpus } from '../unit/app/tiny-corpus.js'
import { markupArticle } from './markup-article.js'

/** Generated messages per property; `FUZZ_RUNS=100000 npx vitest run test/fuzz` for a longer hunt. */
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 10_000)

/** A real library over the tiny corpus plus an article full of markup, and 2–8 character corpus fragments. */
export interface FuzzLibrary {
  library: Library
  fragments: string[]
  close(): Promise<void>
}

/** Opens the fuzz library in a fresh temp folder; `close` removes it. */
export async function openFuzzLibrary(prefix: string): Promise<FuzzLibrary> {
  const root = await mkdtemp(join(tmpdir(), prefix))
  const corpusDir = join(root, 'corpus')
  await writeTinyCorpus(corpusDir)
  await writeFile(join(corpusDir, 'markup.md'), markupArticle)
  const library = await openLibrary({ corpusDir, indexDir: join(root, 'index'), log: () => {} })
  const articles = await Promise.all((await library.listArticles()).map((a) => library.findArticle(a.id)))
  const fragments = articles.flatMap((a) => a?.paragraphs.flatMap((p) => p.text.match(/.{2,8}/gsu) ?? []) ?? [])
  return { library, fragments, close: () => rm(root, { recursive: true, force: true }) }
}
