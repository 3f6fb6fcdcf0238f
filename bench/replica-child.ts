import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createFeedbackStore } from '../src/adapters/feedback-store.js'
import { openPostgresBotState } from '../src/adapters/postgres/bot-state.js'
import { openLibrary } from '../src/app/open-library.js'
import { createBot } from '../src/bot/create-bot.js'
import { createLogger } from '../src/bot/logger.js'
import { startWebhook } from '../src/bot/serve.js'
import { fakeBotInfo } from '../test/helpers/fake-bot-api.js'

// One bot replica for bench/replicas.ts: the real bot in webhook mode on a free port, its state in
// PostgreSQL (--database) or in memory. Prints its port, and stops when stdin closes.
const { values } = parseArgs({ options: { api: { type: 'string' }, corpus: { type: 'string' }, index: { type: 'string' }, database: { type: 'string' } } })
const library = await openLibrary({ corpusDir: values.corpus!, indexDir: values.index!, log: () => {} })
// info level as in production, but written nowhere: the bench measures answering, not the disk
const log = createLogger({ level: 'info', write: () => {} })
const shared = values.database === undefined ? undefined : await openPostgresBotState(values.database, () => {})
const bot = createBot({
  token: '123456:bench',
  apiRoot: values.api!,
  botInfo: fakeBotInfo,
  library: () => library,
  state: shared?.state ?? { votes: createFeedbackStore(await mkdtemp(join(tmpdir(), 'wenda-bench-'))) },
  log,
  access: { allowedIds: [], adminIds: [] },
  // every question must be answered, not refused: the limiter is not what is measured (its store round trip still is)
  rateLimit: { count: 1_000_000, windowMs: 60_000 },
  // nor is Telegram's pacing: the bench measures answering
  pacing: false,
})
const running = await startWebhook(bot, log, { url: 'https://bot.example.org/hook', secret: 'bench', port: 0, host: '127.0.0.1' })
console.log(String(running.port))
process.stdin.resume()
process.stdin.on('end', () => {
  void running
    .stop()
    .then(() => shared?.close())
    .then(() => process.exit(0))
})
