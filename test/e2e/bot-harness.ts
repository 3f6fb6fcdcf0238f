import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Bot } from 'grammy'
import type { Message } from 'grammy/types'
import { afterEach, beforeAll, expect } from 'vitest'
import { createFeedbackStore } from '../../src/adapters/feedback-store.js'
import { openLibrary } from '../../src/app/open-library.js'
import type { Library } from '../../src/core/library.js'
import { createBot, type CreateBotOptions } from '../../src/bot/create-bot.js'
import type { BotContext } from '../../src/bot/context.js'
import { createLogger } from '../../src/bot/logger.js'
import { defaultPacingOptions, scalePacing } from '../../src/bot/pacing.js'
import { startPolling, type RunningBot } from '../../src/bot/serve.js'
import { FakeBotApi, fakeBotInfo, type RecordedCall } from '../helpers/fake-bot-api.js'
import { scaleLimits, telegramLimits } from '../helpers/fake-flood-control.js'
import { oneArticle } from '../helpers/one-article-corpus.js'
import { makeTemporaryDirectory } from '../helpers/temporary-directory.js'

/** The token every e2e bot uses; tests assert it never shows up in logs. */
export const testToken = '123456:TEST-token_never-logged'

const canalParagraphs = Array.from(
  { length: 48 },
  (_, i) => `运河边第${i + 1}座码头建于${1900 + i}年，码头长${(i + 1) * 10}米，当年每天停靠的货船有${i + 3}条，船上运来的是丝绸、茶叶和大米，码头工人从早忙到晚，把货物搬进岸边的仓库，再由挑夫送往城里的各家商铺和作坊，这样的景象一直延续到上世纪中叶。`,
)

/** A tiny corpus in the corpus Markdown format: two short articles and one long one. */
export const testArticles: Record<string, string> = {
  't1.md': `${oneArticle}
## 反诈宣传

民警每周走进社区，向老人讲解如何识别电信诈骗。

“骗子的套路一直在变，我们的宣传也要跟着变。”社区民警李晓明说。
`,
  't2.md': `---
id: "t2"
title: 西湖龙井开采
newspaper: 茶乡日报
date: 2022-03-28
page: "2"
---

清明前采摘的西湖龙井被称为明前茶，每斤售价超过3000元。

采茶工人凌晨五点上山，一天能采两斤鲜叶。
`,
  't3.md': `---
id: "t3"
title: 运河码头旧事
newspaper: 运河晚报
date: 2020-10-10
page: "8"
---

${canalParagraphs.join('\n\n')}
`,
}

/** Writes the test corpus to a fresh temp folder; returns the corpus and index folders. */
export function writeTestCorpus(): { corpusDir: string; indexDir: string; dataDir: string } {
  const root = makeTemporaryDirectory('wenda-bot-')
  const corpusDir = join(root, 'corpus')
  mkdirSync(corpusDir)
  for (const [name, text] of Object.entries(testArticles)) writeFileSync(join(corpusDir, name), text)
  return { corpusDir, indexDir: join(root, 'index'), dataDir: join(root, 'data') }
}

/** Opens the test corpus with real jieba and a real saved index (once per test file). */
export async function openTestLibrary(): Promise<{ library: Library; dataDir: string; corpusDir: string; indexDir: string }> {
  const dirs = writeTestCorpus()
  const library = await openLibrary({ corpusDir: dirs.corpusDir, indexDir: dirs.indexDir, log: () => {} })
  return { library, ...dirs }
}

/**
 * How much faster than Telegram's clock the harness runs: the fake enforces Telegram's flood limits
 * with every interval divided by 10 (one message per 100 ms per chat, 20 per 6 s per group, 30 per
 * 100 ms overall), and the bot paces itself the same way, so the ratios between limits stay Telegram's.
 */
export const testTimeScale = 10

/** A bot polling a fake API, with the log lines it wrote. */
export interface Harness {
  api: FakeBotApi
  bot: Bot<BotContext>
  running: RunningBot
  logLines: string[]
  stop(): Promise<void>
}

/** Starts a fake API and a real bot polling it; `overrides` change the bot's options. */
export async function startHarness(library: Library, dataDir: string, overrides: Partial<CreateBotOptions> = {}): Promise<Harness> {
  const api = await FakeBotApi.start({ limits: scaleLimits(telegramLimits, testTimeScale) })
  const logLines: string[] = []
  const log = createLogger({ level: 'debug', write: (line) => logLines.push(line), secrets: [testToken] })
  const bot = createBot({
    token: testToken,
    apiRoot: api.url,
    botInfo: fakeBotInfo,
    library: () => library,
    state: { votes: createFeedbackStore(dataDir) },
    log,
    access: { allowedIds: [], adminIds: [] },
    rateLimit: { count: 100, windowMs: 60_000 },
    pacing: scalePacing(defaultPacingOptions, testTimeScale),
    ...overrides,
  })
  const running = await startPolling(bot, log, { timeoutSeconds: 2 })
  return {
    api,
    bot,
    running,
    logLines,
    async stop() {
      await running.stop()
      await api.close()
    },
  }
}

/** Matches a recorded call that replies to `message`. */
export const replyTo = (message: Message) => (call: RecordedCall) => call.params.reply_parameters?.message_id === message.message_id

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One e2e file's test library, and a way to start a harness over it. */
export interface HarnessFile {
  readonly library: Library
  readonly dataDir: string
  /**
   * Starts a harness over the file's library (or `library`); it is stopped and checked after the
   * test unless the test stops it itself.
   */
  start(overrides?: Partial<CreateBotOptions>, library?: Library): Promise<Harness>
}

/**
 * Registers what every bot e2e file needs: the test library opened once, and after each test the
 * harnesses it started stopped, with no Bot API limit violated and the token nowhere in its log.
 */
export function useHarnessFile(): HarnessFile {
  let opened: { library: Library; dataDir: string } | undefined
  let started: Harness[] = []
  beforeAll(async () => {
    opened = await openTestLibrary()
  })
  afterEach(async () => {
    const harnesses = started
    started = []
    for (const harness of harnesses) await harness.stop()
    for (const harness of harnesses) {
      expect(harness.api.violations).toEqual([])
      expect(harness.logLines.join('\n')).not.toContain(testToken)
    }
  })
  const file: HarnessFile = {
    get library() {
      return opened!.library
    },
    get dataDir() {
      return opened!.dataDir
    },
    async start(overrides = {}, library = file.library) {
      const inner = await startHarness(library, file.dataDir, overrides)
      // a test that stops its harness itself (one meant to meet violations) takes over its checks
      const harness: Harness = {
        ...inner,
        stop: () => {
          started = started.filter((h) => h !== harness)
          return inner.stop()
        },
      }
      started.push(harness)
      return harness
    },
  }
  return file
}
