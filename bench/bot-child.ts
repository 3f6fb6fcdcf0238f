import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createFeedbackStore } from '../src/adapters/feedback-store.js'
import { openLibrary } from '../src/app/open-library.js'
import { createBot } from '../src/bot/create-bot.js'
import { createLogger } from '../src/bot/logger.js'
import { startPolling } from '../src/bot/serve.js'
import { fakeBotInfo } from '../test/helpers/fake-bot-api.js'

// The real bot (createBot + startPolling with @grammyjs/runner) in its own process, polling the
// fake Bot API that bench/bot-throughput.ts runs: Telegram is another machine, so the two do not
// share a core. Prints "ready", and stops (draining answers) when stdin closes.
const { values } = parseArgs({ options: { api: { type: 'string' }, corpus: { type: 'string' }, index: { type: 'string' } } })
const library = await openLibrary({ corpusDir: values.corpus!, indexDir: values.index!, log: () => {} })
// info level as in production, but written nowhere: the bench measures answering, not the disk
const log = createLogger({ level: 'info', write: () => {} })
const bot = createBot({
  token: '123456:bench',
  apiRoot: values.api!,
  botInfo: fakeBotInfo,
  library: () => library,
  state: { votes: createFeedbackStore(await mkdtemp(join(tmpdir(), 'wenda-bench-'))) },
  log,
  access: { allowedIds: [], adminIds: [] },
  // every question must be answered, not refused: the limiter is not what is measured
  rateLimit: { count: 1_000_000, windowMs: 60_000 },
  // nor is Telegram's pacing (one message a second per chat): the bench measures answering
  pacing: false,
})
const running = await startPolling(bot, log, { timeoutSeconds: 2 })
console.log('ready')
process.stdin.resume()
process.stdin.on('end', () => {
  void running.stop().then(() => {
    const m = process.memoryUsage()
    console.log(JSON.stringify({ rssMB: m.rss / 2 ** 20, heapMB: m.heapUsed / 2 ** 20 }))
    process.exit(0)
  })
})
