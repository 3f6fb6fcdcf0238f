import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { run } from '@grammyjs/runner'
import { GrammyError, HttpError, webhookCallback, type Bot } from 'grammy'
import { allMessages } from '../messages.js'
import type { BotContext } from './context.js'
import type { Logger } from './logger.js'

/** A running bot: `stop` lets in-flight answers finish, then resolves. */
export interface RunningBot {
  stop(): Promise<void>
  /** The local port in webhook mode (useful with port 0); undefined when polling. */
  port?: number
}

/** The update types wenda handles; edited messages are left out on purpose. */
export const allowedUpdates = ['message', 'callback_query', 'inline_query'] as const

/** Registers the command menu: Chinese for everyone, English for `language_code` en. Failures are logged only. */
export async function registerCommands(bot: Bot<BotContext>, log: Logger): Promise<void> {
  for (const messages of allMessages) {
    const scope = messages.language === 'zh' ? {} : { language_code: messages.language }
    await bot.api.setMyCommands(messages.commands, scope).catch((error: unknown) => log.warn({ msg: 'setMyCommands failed', error }))
  }
}

/**
 * Fetches the bot's own user once, failing after the bounded network retries: bot.init() alone
 * would retry forever, so a wrong TELEGRAM_API_ROOT would hang start-up without a word.
 */
export async function initBot(bot: Bot<BotContext>): Promise<void> {
  if (bot.isInited()) return
  try {
    bot.botInfo = await bot.api.getMe()
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401) {
      throw new Error('Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather', { cause: error })
    }
    if (error instanceof HttpError) throw new Error(`cannot reach the Bot API (check the network and TELEGRAM_API_ROOT): ${error.message}`, { cause: error })
    throw error
  }
}

/**
 * Starts long polling with @grammyjs/runner (concurrent across chats, in order within one).
 * `stop` waits up to `drainMs` (default 30 s) for answers in progress.
 */
export async function startPolling(bot: Bot<BotContext>, log: Logger, options: { timeoutSeconds?: number; drainMs?: number } = {}): Promise<RunningBot> {
  await initBot(bot)
  // getUpdates is refused while a webhook is set; pending updates are kept
  await bot.api.deleteWebhook()
  await registerCommands(bot, log)
  const runner = run(bot, {
    runner: { fetch: { timeout: options.timeoutSeconds ?? 30, allowed_updates: allowedUpdates }, silent: true, retryInterval: 'exponential' },
  })
  log.info({ msg: 'polling', bot: bot.botInfo.username })
  return {
    stop: async () => {
      if (runner.isRunning()) await runner.stop()
      // runner.stop() ends fetching but does not wait for the concurrent sink: drain it here
      const deadline = Date.now() + (options.drainMs ?? 30_000)
      while (runner.size() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    },
  }
}

/** Where the webhook server listens and what Telegram must send. */
export interface WebhookOptions {
  url: string
  secret: string
  port: number
  /** Default all interfaces. */
  host?: string
}

/**
 * Serves updates over a webhook: a node:http server accepting POSTs to the URL's path whose
 * X-Telegram-Bot-Api-Secret-Token matches (others get 401 or 404), then setWebhook.
 */
export async function startWebhook(bot: Bot<BotContext>, log: Logger, options: WebhookOptions): Promise<RunningBot> {
  await initBot(bot)
  await registerCommands(bot, log)
  // answer Telegram before its own timeout even if an answer is slow (429 waits): the work goes on
  const handle = webhookCallback(bot, 'http', { secretToken: options.secret, onTimeout: 'return', timeoutMilliseconds: 50_000 })
  const path = new URL(options.url).pathname
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== path) {
      res.writeHead(404).end()
      return
    }
    handle(req, res).catch((error: unknown) => {
      log.error({ msg: 'webhook request failed', error })
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, resolve)
  })
  const port = (server.address() as AddressInfo).port
  await bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: allowedUpdates })
  log.info({ msg: 'webhook', bot: bot.botInfo.username, port, path })
  return {
    port,
    // close() waits for requests in progress, and webhook requests last as long as their answers
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  }
}
