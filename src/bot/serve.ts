import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { run } from '@grammyjs/runner'
import { GrammyError, HttpError, type Bot } from 'grammy'
import { allMessages } from '../messages.js'
import type { BotContext } from './context.js'
import type { Logger } from './logger.js'
import { createWebhookHandler } from './webhook-server.js'

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
  bot.botInfo = await callAtStart('getMe', 'TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT', async () => {
    try {
      return await bot.api.getMe()
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new Error('Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather', { cause: error })
      }
      throw error
    }
  })
}

/**
 * Starts long polling with @grammyjs/runner (concurrent across chats, in order within one).
 * `stop` waits up to `drainMs` (default 30 s) for answers in progress.
 */
export async function startPolling(bot: Bot<BotContext>, log: Logger, options: { timeoutSeconds?: number; drainMs?: number } = {}): Promise<RunningBot> {
  await initBot(bot)
  // getUpdates is refused while a webhook is set; pending updates are kept
  await callAtStart('deleteWebhook', 'TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT', () => bot.api.deleteWebhook())
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
  /** Largest request body read; default 1 MiB (see webhook-server.ts). */
  maxBodyBytes?: number
}

/**
 * Serves updates over a webhook: a node:http server for the URL's path (see createWebhookHandler),
 * then setWebhook. If Telegram refuses the webhook, the server is closed again and the error says
 * why in one line, so the process can exit instead of listening for updates that never come.
 */
export async function startWebhook(bot: Bot<BotContext>, log: Logger, options: WebhookOptions): Promise<RunningBot> {
  await initBot(bot)
  await registerCommands(bot, log)
  const path = new URL(options.url).pathname
  const server = createServer(createWebhookHandler(bot, log, { path, secret: options.secret, maxBodyBytes: options.maxBodyBytes }))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, resolve)
  })
  const port = (server.address() as AddressInfo).port
  // close() waits for requests in progress, and webhook requests last as long as their answers
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    })
  try {
    await callAtStart('setWebhook', 'WEBHOOK_URL', () => bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: allowedUpdates }))
  } catch (error) {
    await stop()
    throw error
  }
  log.info({ msg: 'webhook', bot: bot.botInfo.username, port, path })
  return { port, stop }
}

/**
 * Runs a Bot API call made at start-up, turning its failure into one line that names the call and
 * the setting to check; the token is never part of it (grammY's errors name the method only).
 */
export async function callAtStart<T>(method: string, setting: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof GrammyError) throw new Error(`Telegram refused ${method} (${error.error_code}: ${error.description}); check ${setting}`, { cause: error })
    if (error instanceof HttpError) throw new Error(`cannot reach the Bot API for ${method} (check the network and TELEGRAM_API_ROOT): ${error.message}`, { cause: error })
    throw error
  }
}
