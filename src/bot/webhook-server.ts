import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { webhookCallback, type Bot } from 'grammy'
import type { Update } from 'grammy/types'
import { mustRetryLater } from './admit-updates.js'
import type { BotContext } from './context.js'
import type { Logger } from './logger.js'

/** What the webhook endpoint accepts, and how long it keeps Telegram waiting. */
export interface WebhookServerOptions {
  /** The URL path Telegram posts to; any other path gets 404. */
  path: string
  /** Compared with X-Telegram-Bot-Api-Secret-Token before the body is read; a mismatch gets 401. */
  secret: string
  /** Largest body read, in bytes; a larger one gets 413 and is read no further. Default 1 MiB (an update is a few KB). */
  maxBodyBytes: number
  /** How long a request waits for its update's answer before 200 anyway; default 50 s (Telegram gives up at 60). */
  timeoutMs: number
}

/** The defaults stated on {@link WebhookServerOptions}, apart from path and secret. */
export const defaultWebhookServerOptions = { maxBodyBytes: 1024 * 1024, timeoutMs: 50_000 }

/**
 * A node:http request listener for Telegram's webhook: 404 for other paths and methods, 401 for a
 * wrong secret, 413 for a body over the limit, 400 for a body that is not an update, else the
 * update goes to grammY (duplicates are dropped by the bot's update ledger) and the answer is 200,
 * or 503 when the update could not be handled here yet (see mustRetryLater in admit-updates.ts).
 */
export function createWebhookHandler(bot: Bot<BotContext>, log: Logger, options: Pick<WebhookServerOptions, 'path' | 'secret'> & Partial<WebhookServerOptions>): RequestListener {
  const { path, secret } = options
  const maxBodyBytes = options.maxBodyBytes ?? defaultWebhookServerOptions.maxBodyBytes
  const timeoutMs = options.timeoutMs ?? defaultWebhookServerOptions.timeoutMs
  // answer Telegram before its own timeout even if an answer is slow (429 waits): the work goes on
  const handle = webhookCallback(bot, 'callback', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: timeoutMs })
  return (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== path) return refuse(req, res, 404)
    if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], secret)) return refuse(req, res, 401)
    readBody(req, maxBodyBytes).then(
      async (body) => {
        if (body === undefined) return refuse(req, res, 413)
        const update = parseUpdate(body)
        if (update === undefined) return refuse(req, res, 400)
        await handle(update, (json: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(json), secret, () => refuse(req, res, 401))
        if (res.writableEnded) return
        // 503 makes Telegram deliver it again: to a process that can handle it, or once the claim lapses
        if (mustRetryLater(update)) refuse(req, res, 503)
        else res.writeHead(200).end()
      },
      (error: unknown) => {
        log.warn({ msg: 'webhook request unreadable', error })
        refuse(req, res, 400)
      },
    ).catch((error: unknown) => {
      log.error({ msg: 'webhook request failed', error })
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  }
}

// the body may still be arriving: close the connection after answering, so nothing more is read
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  if (res.headersSent) return void res.end()
  const unread = !req.readableEnded
  res.writeHead(status, unread ? { connection: 'close' } : {}).end()
  if (unread) res.once('finish', () => req.destroy())
}

function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false
  const given = Buffer.from(header)
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

// undefined when the body is over `max` bytes: a declared length is trusted to refuse early, and
// an undeclared one stops being read at the limit (paused, not destroyed, so a 413 can still be sent)
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.resolve(undefined)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= max) return void chunks.push(chunk)
      req.off('data', onData)
      req.pause()
      resolve(undefined)
    }
    req.on('data', onData)
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })
}

function parseUpdate(body: Buffer): Update | undefined {
  let value: unknown
  try {
    value = JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
  const id = (value as { update_id?: unknown } | null)?.update_id
  return typeof value === 'object' && value !== null && Number.isSafeInteger(id) ? (value as Update) : undefined
}
