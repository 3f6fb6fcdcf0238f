import { config as loadDotenv } from 'dotenv'
import { createFeedbackStore } from './adapters/feedback-store.js'
import { createLiveLibrary } from './app/live-library.js'
import { createFeedbackLedger } from './core/feedback-ledger.js'
import { createBot } from './bot/create-bot.js'
import { createLogger } from './bot/logger.js'
import { startPolling, startWebhook, type RunningBot } from './bot/serve.js'
import { runTerminalChat } from './cli/terminal-chat.js'
import { formatConfigProblems, readConfig } from './config.js'
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
    const live = await createLiveLibrary({ corpusDir: config.corpusDir, indexDir: config.indexDir, watch: false, log: () => {} })
    await runTerminalChat({ library: live.current, messages, input: process.stdin, output: process.stdout })
    return 0
  }
  // votes with their questions, in memory: listed for admins always, read by ranking only when asked to
  const ledger = createFeedbackLedger()
  const live = await createLiveLibrary({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    log: (msg) => log.info({ msg }),
    feedback: ledger,
    answerer: { feedbackNudge: config.feedbackNudge },
  })
  const bot = createBot({
    token: config.token,
    apiRoot: config.apiRoot,
    library: live.current,
    state: { votes: createFeedbackStore(config.dataDir) },
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
    live.close() // the corpus watcher would keep the process alive after a failed start
    throw error
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ msg: 'stopping', signal })
      live.close()
      void running.stop().then(resolve)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  log.info({ msg: 'stopped' })
  return 0
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
