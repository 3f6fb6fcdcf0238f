import pg from 'pg'
import { corpusChannel } from './corpus-schema.js'
import { describeDatabaseUrl, describeError } from './pools.js'

/** What to do when the stored corpus changes. */
export interface CorpusListenerOptions {
  /** Called with each newer corpus version, once; also after a reconnect when writes were missed meanwhile. */
  onVersion: (version: number) => void
  /** The version the caller already has; default 0 (any stored corpus is news). */
  since: number
  /** Where losing and regaining the connection is reported (password hidden); default nowhere. */
  log: (message: string) => void
  /** Wait before the first reconnect, doubled up to `longestRetryMs`; default 250 ms. */
  firstRetryMs: number
  /** Longest wait between reconnects; default 10 s. */
  longestRetryMs: number
}

/** The defaults stated on {@link CorpusListenerOptions}. */
export const defaultCorpusListenerOptions: Omit<CorpusListenerOptions, 'onVersion'> = {
  since: 0,
  log: () => {},
  firstRetryMs: 250,
  longestRetryMs: 10_000,
}

/** A running listener. */
export interface CorpusListener {
  /** Resolves when it listens for the first time (it retries until then, and never rejects). */
  readonly listening: Promise<void>
  /** Stops listening and closes its connection; safe to call twice. */
  close(): Promise<void>
}

/**
 * LISTENs on `wenda_corpus` at `url` (the primary's: a hot standby refuses LISTEN) over a
 * connection of its own (a pooled one would lose the LISTEN). When the database goes away it
 * reconnects with growing waits, and on every (re)connect it reads the current version, so a
 * write made while it was away is still reported.
 */
export function listenForCorpusChanges(url: string, options: Partial<CorpusListenerOptions> & Pick<CorpusListenerOptions, 'onVersion'>): CorpusListener {
  const opts = { ...defaultCorpusListenerOptions, ...options }
  const where = describeDatabaseUrl(url, 'DATABASE_URL')
  let last = opts.since
  let client: pg.Client | undefined
  let timer: NodeJS.Timeout | undefined
  let closed = false
  let wait = opts.firstRetryMs
  let markListening: () => void = () => {}
  const listening = new Promise<void>((resolve) => (markListening = resolve))
  const report = (version: number) => {
    if (version <= last) return // a NOTIFY and the version read on reconnect may tell the same news
    last = version
    opts.onVersion(version)
  }
  const retry = (reason: unknown) => {
    if (closed || timer !== undefined) return
    opts.log(`corpus listener: connection to ${where} failed (${describeError(reason)}); retrying in ${wait} ms`)
    timer = setTimeout(() => {
      timer = undefined
      void connect()
    }, wait)
    wait = Math.min(wait * 2, opts.longestRetryMs)
  }
  const connect = async () => {
    const next = new pg.Client({ connectionString: url, keepAlive: true, application_name: 'wenda-listener', connectionTimeoutMillis: 5_000 })
    client = next
    // after a failure the client is dropped: 'error' and 'end' may both come, one retry is enough
    let failed = false
    const fail = (reason: unknown) => {
      if (failed) return
      failed = true
      next.end().catch(() => {})
      retry(reason)
    }
    next.on('error', fail)
    next.on('end', () => fail(new Error('connection ended')))
    next.on('notification', (message) => {
      const version = Number(message.payload)
      if (message.channel === corpusChannel && Number.isSafeInteger(version)) report(version)
    })
    try {
      await next.connect()
      await next.query(`listen ${corpusChannel}`)
      const { rows } = await next.query<{ version: string }>('select version from corpus_state')
      if (closed) return
      if (wait !== opts.firstRetryMs) opts.log(`corpus listener: listening again on ${where}`)
      wait = opts.firstRetryMs
      if (rows[0] !== undefined) report(Number(rows[0].version))
      markListening()
    } catch (error) {
      fail(error)
    }
  }
  void connect()
  let closing: Promise<void> | undefined
  return {
    listening,
    close: () =>
      (closing ??= (async () => {
        closed = true
        clearTimeout(timer)
        await client?.end().catch(() => {})
      })()),
  }
}
