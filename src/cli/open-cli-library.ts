import { connectPostgres } from '../app/connect-postgres.js'
import { openLibrary } from '../app/open-library.js'
import { openPostgresLibrary } from '../app/open-postgres-library.js'
import type { AnswererOptions } from '../core/create-answerer.js'
import type { Library } from '../core/library.js'
import { addDotenv, defaultPaths, logToStderr, readDatabaseUrls } from './paths.js'

/** The library a command answers with, and how to let go of it (the database's pools) when done. */
export interface CliLibrary {
  library: Library
  /** Where it answers from, for log lines: the index folder, or the database (password hidden). */
  where: string
  close(): Promise<void>
}

/**
 * Opens the library `ask` and `eval` answer with: with `DATABASE_URL` (environment or .env) the
 * corpus stored in PostgreSQL (written by `npm run index`; nothing is written here), otherwise
 * the embedded index over the corpus folder, rebuilt when stale. Rejects with a one-line message
 * when the database is unreachable or holds no corpus.
 */
export async function openCliLibrary(options: { answerer?: Partial<AnswererOptions> } = {}): Promise<CliLibrary> {
  const urls = readDatabaseUrls(addDotenv(process.env))
  if (urls === undefined) {
    const library = await openLibrary({ ...defaultPaths, log: logToStderr, answerer: options.answerer })
    return { library, where: defaultPaths.indexDir, close: async () => {} }
  }
  const pools = await connectPostgres(urls, { log: logToStderr })
  try {
    const { library } = await openPostgresLibrary({ pools, answerer: options.answerer })
    if (library.articleCount === 0) throw new Error(`${pools.describe(pools.read)} holds no corpus yet: write one with npm run index`)
    return { library, where: pools.describe(pools.read), close: () => pools.close() }
  } catch (error) {
    await pools.close()
    throw error
  }
}
