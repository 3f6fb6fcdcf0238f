import { connectPostgres } from '../app/connect-postgres.js'
import { openLibrary } from '../app/open-library.js'
import { syncPostgresCorpus } from '../app/postgres-corpus-sync.js'
import { addDotenv, defaultPaths, logToStderr, readDatabaseUrls } from './paths.js'

// `npm run index`: without DATABASE_URL, rebuilds the saved index from corpus/ even when it looks
// current; with it, writes the corpus folder's changes into PostgreSQL (one transaction; every
// process answering from that database reloads on its NOTIFY).
async function main(): Promise<number> {
  const urls = readDatabaseUrls(addDotenv(process.env))
  if (urls === undefined) {
    const library = await openLibrary({ ...defaultPaths, log: logToStderr, rebuild: true })
    logToStderr(`index: ${library.passageCount} passages from ${library.articleCount} articles saved in ${defaultPaths.indexDir}`)
    return 0
  }
  const pools = await connectPostgres(urls, { log: logToStderr })
  try {
    const sync = await syncPostgresCorpus({ pool: pools.write, corpusDir: defaultPaths.corpusDir, log: logToStderr })
    if (sync.write === undefined) {
      logToStderr(`index: ${defaultPaths.corpusDir} holds no readable article; the stored corpus was left as it is`)
      return 1
    }
    logToStderr(`index: ${sync.write.passages} passages from ${sync.articles} articles stored in ${pools.describe(pools.write)} (corpus version ${sync.write.version})`)
    return 0
  } finally {
    await pools.close()
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    logToStderr(`index: ${(error as Error).message}`)
    process.exitCode = 1
  },
)
