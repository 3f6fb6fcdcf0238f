import { listenForCorpusChanges } from '../adapters/postgres/corpus-listener.js'
import { describeError, type DatabaseUrls, type PoolOptions, type PostgresPools } from '../adapters/postgres/pools.js'
import type { AnswererOptions } from '../core/create-answerer.js'
import type { Library } from '../core/library.js'
import { connectPostgres } from './connect-postgres.js'
import type { LiveLibrary, ReloadResult } from './live-library.js'
import { openPostgresLibrary } from './open-postgres-library.js'
import { syncPostgresCorpus } from './postgres-corpus-sync.js'

/** Where the shared corpus is, and what this process may write into it. */
export interface LivePostgresLibraryOptions {
  urls: DatabaseUrls
  /** This machine's corpus folder: written into the database only as `writeCorpus` says. */
  corpusDir: string
  log: (message: string) => void
  /**
   * Whether this process writes its corpus folder into the database: on `reload()` (the bot's
   * /reload) when the folder holds articles, and at start when the database holds no corpus yet.
   * Default true; a folder without articles is never written, so replicas with an empty folder only read.
   */
  writeCorpus?: boolean
  answerer?: Partial<AnswererOptions>
  /** Wait before retrying a failed reload after a corpus change, doubled up to 10 s; default 250 ms. */
  retryMs?: number
  /** How long `reload()` waits for a read replica to replay the corpus it wrote; default 10 s. */
  replicaWaitMs?: number
  pool?: Partial<PoolOptions>
}

/** A library on the shared corpus that follows every change written to it, by any process. */
export interface LivePostgresLibrary extends LiveLibrary {
  /** The corpus version the current library reads. */
  readonly version: number
  /** Resolves once it listens for corpus changes (it retries until then). */
  readonly listening: Promise<void>
  /** Stops listening and closes the pools; the current library stops working. */
  close(): Promise<void>
}

/**
 * Connects (migrating the schema), opens the stored corpus, and LISTENs for corpus changes: each
 * newer version (written by this process, another replica or `npm run index`) opens a new library
 * that replaces the current one in one assignment; questions meanwhile are answered by the old
 * one. A reload that fails (the database or the replica away, or behind) keeps the old library
 * and is retried with growing waits until it succeeds. Rejects, with no pool left open, when the
 * database cannot be reached at start.
 */
export async function createLivePostgresLibrary(options: LivePostgresLibraryOptions): Promise<LivePostgresLibrary> {
  const { log, writeCorpus = true, retryMs = 250, replicaWaitMs = 10_000 } = options
  const pools = await connectPostgres(options.urls, { log, ...options.pool })
  let opened
  try {
    if (writeCorpus && (await storedPassages(pools)) === 0) {
      log('database: no corpus stored yet; writing the corpus folder')
      await syncPostgresCorpus({ pool: pools.write, corpusDir: options.corpusDir, log })
    }
    opened = await openPostgresLibrary({ pools, answerer: options.answerer })
  } catch (error) {
    await pools.close()
    throw error
  }
  if (opened.reader.articleCount === 0) log(`database: ${pools.describe(pools.read)} holds no corpus yet (npm run index writes one)`)
  let library: Library = opened.library
  let version = opened.reader.version
  let wanted = version
  let closed = false
  let wait = retryMs
  let timer: NodeJS.Timeout | undefined
  // one open at a time: two overlapping ones could swap in the older corpus last
  let chain: Promise<unknown> = Promise.resolve()

  const open = (): Promise<number> => {
    const attempt = chain.then(async () => {
      const next = await openPostgresLibrary({ pools, answerer: options.answerer })
      if (next.reader.version > version) {
        library = next.library
        version = next.reader.version
        log(`reload: corpus version ${version}, ${library.passageCount} passages from ${library.articleCount} articles`)
      }
      return next.reader.version
    })
    chain = attempt.catch(() => {})
    return attempt
  }

  // Follows `wanted` in the background until this process reads it (a replica may lag behind the NOTIFY).
  const catchUp = (): void => {
    if (closed || timer !== undefined || version >= wanted) return
    open().then(
      (read) => {
        if (read >= wanted) wait = retryMs
        else retryLater(`the database read (${pools.describe(pools.read)}) has version ${read}, ${wanted} was written`)
      },
      (error: unknown) => retryLater(describeError(error)),
    )
  }
  const retryLater = (reason: string) => {
    if (closed || timer !== undefined) return
    log(`reload failed, still answering from corpus version ${version}: ${reason}; retrying in ${wait} ms`)
    timer = setTimeout(() => {
      timer = undefined
      catchUp()
    }, wait)
    wait = Math.min(wait * 2, 10_000)
  }

  const listener = listenForCorpusChanges(options.urls.url, {
    since: version,
    log,
    onVersion: (next) => {
      wanted = Math.max(wanted, next)
      catchUp()
    },
  })

  const reload = async (): Promise<ReloadResult> => {
    const started = Date.now()
    let problems = 0
    try {
      let target = wanted
      if (writeCorpus) {
        const sync = await syncPostgresCorpus({ pool: pools.write, corpusDir: options.corpusDir, log })
        problems = sync.problems.length
        if (sync.write !== undefined) target = Math.max(target, sync.write.version)
        else log(`reload: ${options.corpusDir} holds no article; reading the stored corpus only`)
      }
      wanted = Math.max(wanted, target)
      for (const deadline = Date.now() + replicaWaitMs; (await open()) < target; ) {
        if (Date.now() > deadline) throw new Error(`the database read (${pools.describe(pools.read)}) did not reach corpus version ${target} within ${replicaWaitMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return { passages: library.passageCount, articles: library.articleCount, ms: Date.now() - started, problems }
    } catch (cause) {
      const error = new Error(`reload failed, still answering from corpus version ${version}: ${describeError(cause)}`, { cause })
      log(error.message)
      throw error
    }
  }

  return {
    current: () => library,
    get version() {
      return version
    },
    listening: listener.listening,
    reload,
    close: async () => {
      closed = true
      clearTimeout(timer)
      await listener.close()
      await chain
      await pools.close()
    },
  }
}

async function storedPassages(pools: PostgresPools): Promise<number> {
  try {
    return (await pools.write.query<{ passage_count: number }>('select passage_count from corpus_state')).rows[0]?.passage_count ?? 0
  } catch (cause) {
    throw new Error(`cannot read the stored corpus at ${pools.describe(pools.write)}: ${describeError(cause)}`, { cause })
  }
}
