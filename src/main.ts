import { config as loadDotenv } from 'dotenv'
import { createFeedbackStore } from './adapters/feedback-store.js'
import { openPostgresBotState } from './adapters/postgres/bot-state.js'
import { createLiveLibrary, type LiveLibrary } from './app/live-library.js'
import { createLivePostgresLibrary, type LivePostgresLibrary } from './app/live-postgres-library.js'
import { createFeedbackLedger } from './core/feedback-ledger.js'
import { createBot } from './bot/create-bot.js'
import { createLogger } from './bot/logger.js'
import { startPolling, startWebhook, type RunningBot } from './bot/serve.js'
import { runTerminalChat } from './cli/terminal-chat.js'
import { formatConfigProblems, readConfig, type Config } from './config.js'
import { messagesFor } from './messages.js'

/** Reads the config, opens the library, then serves Telegram, or the terminal chat without a token. */
async function main(): Promise<number> {
  loadDotenv({ quiet: true })
  const read = readConfig(process.env)
  if (!read.ok) {
    process.stderr.write(`${formatConfigProblems(read.problems)}\n`)
    return 1
  }
  const { config } = read
  const log = createLogger({ level: config.logLevel, write: (line) => process.stderr.write(`${line}\n`), secrets: config.token ? [config.token] : [] })
  if (config.token === undefined) {
    const messages = messagesFor(process.env.LANG)
    process.stdout.write(`${messages.noToken}\n`)
    const live = await openLiveLibrary(config, { watch: false, log: config.databaseUrl === undefined ? () => {} : (msg) => process.stderr.write(`${msg}\n`) })
    try {
      await runTerminalChat({ library: live.current, messages, input: process.stdin, output: process.stdout })
    } finally {
      await live.close()
    }
    return 0
  }
  // with a database, everything replicas must share lives there; without one, in memory and files
  const shared = config.databaseUrl === undefined ? undefined : await openPostgresBotState(config.databaseUrl, (msg) => log.warn({ msg }))
  // votes with their questions, in memory: listed for admins always, read by ranking only when asked to
  const ledger = createFeedbackLedger()
  const live = await openLiveLibrary(config, { log: (msg) => log.info({ msg }), feedback: ledger, answerer: { feedbackNudge: config.feedbackNudge } })
  const bot = createBot({
    token: config.token,
    apiRoot: config.apiRoot,
    library: live.current,
    state: shared?.state ?? { votes: createFeedbackStore(config.dataDir) },
    log,
    access: { allowedIds: config.allowedIds, adminIds: config.adminIds },
    rateLimit: config.rateLimit,
    reload: live.reload,
    feedback: { ledger, nudging: config.feedbackNudge },
  })
  let running: RunningBot
  try {
    running = config.webhook ? await startWebhook(bot, log, config.webhook) : await startPolling(bot, log)
  } catch (error) {
    await live.close() // the corpus watcher or the database pools would keep the process alive after a failed start
    await shared?.close()
    throw error
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ msg: 'stopping', signal })
      // answers in progress still read the library: close it (and the database pools) after them
      void running
        .stop()
        .then(() => live.close())
        .then(() => shared?.close())
        .then(resolve)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  log.info({ msg: 'stopped' })
  return 0
}

type LiveLibraryChoices = Pick<Parameters<typeof createLiveLibrary>[0], 'watch' | 'log' | 'feedback' | 'answerer'>

/**
 * The library: with DATABASE_URL the corpus stored in PostgreSQL, followed via LISTEN/NOTIFY (the
 * corpus folder is written into it on /reload, and at start into an empty database; it is not
 * watched); otherwise the embedded index over the corpus folder, watched unless `watch` is false.
 */
function openLiveLibrary(config: Config, options: LiveLibraryChoices): Promise<LiveLibrary | LivePostgresLibrary> {
  if (config.databaseUrl === undefined) return createLiveLibrary({ corpusDir: config.corpusDir, indexDir: config.indexDir, ...options })
  // the votes ledger is per process: with replicas, votes live in PostgreSQL and do not nudge ranking yet
  const { log, answerer } = options
  return createLivePostgresLibrary({ urls: { url: config.databaseUrl, readUrl: config.databaseReadUrl }, corpusDir: config.corpusDir, log, answerer })
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // the token may sit in a URL inside a network error: print only what is safe, on one line
    const token = process.env.TELEGRAM_BOT_TOKEN?.trim()
    let message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')
    if (token) message = message.split(token).join('[redacted]')
    process.stderr.write(`wenda: ${message}\n`)
    process.exitCode = 1
    // a supervisor must see the failure: exit even if some handle was left open (unref: no wait otherwise)
    setTimeout(() => process.exit(1), 1000).unref()
  },
)
