import { resolve } from 'node:path'

/** Log levels, most verbose first. */
export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

/** Webhook serving: Telegram posts updates to `url`; the local server listens on `port`. */
export interface WebhookConfig {
  url: string
  secret: string
  port: number
}

/** Everything wenda reads from the environment, validated. */
export interface Config {
  /** Undefined when unset: main then opens the terminal chat instead of serving Telegram. */
  token?: string
  /** A self-hosted Bot API server (no trailing slash); undefined for Telegram's own. */
  apiRoot?: string
  /** Set when WEBHOOK_URL is set; long polling otherwise. */
  webhook?: WebhookConfig
  /** User or chat ids allowed to use the bot; empty means everyone. */
  allowedIds: number[]
  /** User ids allowed to run /reload and /stats. */
  adminIds: number[]
  /** At most `count` questions per user per `windowMs`; defaults 20 per 60 s. */
  rateLimit: { count: number; windowMs: number }
  corpusDir: string
  indexDir: string
  /** Where feedback is stored; default `data/`. */
  dataDir: string
  logLevel: LogLevel
  /** `DATABASE_URL`: when set, PostgreSQL holds the corpus, index terms and shared bot state. */
  databaseUrl?: string
  /** `DATABASE_READ_URL`: a streaming replica for reads; undefined means the primary. */
  databaseReadUrl?: string
  /** `FEEDBACK_NUDGE`: readers' votes move passages for similar questions; default false. */
  feedbackNudge: boolean
}

/** The outcome of reading the environment: a config, or every problem found (never the token). */
export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] }

const tokenPattern = /^\d{1,20}:[A-Za-z0-9_-]{1,200}$/
const secretPattern = /^[A-Za-z0-9_-]{1,256}$/

/** Reads and validates the configuration from `env`; lists all problems at once, never echoing secrets. */
export function readConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): ConfigResult {
  const problems: string[] = []
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim()
    return value === undefined || value === '' ? undefined : value
  }
  const token = get('TELEGRAM_BOT_TOKEN')
  // the value is deliberately not echoed: a near-miss token is still a secret
  if (token !== undefined && !tokenPattern.test(token)) {
    problems.push('TELEGRAM_BOT_TOKEN does not look like a bot token (expected digits, a colon, then letters, digits, _ or -, as @BotFather gives it)')
  }
  const apiRoot = readUrl(get('TELEGRAM_API_ROOT'), 'TELEGRAM_API_ROOT', problems)?.replace(/\/+$/, '')
  const webhook = readWebhook(get, problems)
  const config: Config = {
    token,
    apiRoot,
    webhook,
    allowedIds: readIds(get('ALLOWED_IDS'), 'ALLOWED_IDS', problems),
    adminIds: readIds(get('ADMIN_IDS'), 'ADMIN_IDS', problems),
    rateLimit: {
      count: readInt(get('RATE_LIMIT'), 'RATE_LIMIT', 20, 1, 10_000, problems),
      windowMs: readInt(get('RATE_LIMIT_WINDOW'), 'RATE_LIMIT_WINDOW', 60, 1, 86_400, problems) * 1000,
    },
    corpusDir: resolve(get('CORPUS_DIR') ?? 'corpus'),
    indexDir: resolve(get('INDEX_DIR') ?? 'index'),
    dataDir: resolve(get('DATA_DIR') ?? 'data'),
    logLevel: readLogLevel(get('LOG_LEVEL'), problems),
    databaseUrl: readDatabaseUrl(get('DATABASE_URL'), 'DATABASE_URL', problems),
    databaseReadUrl: readDatabaseUrl(get('DATABASE_READ_URL'), 'DATABASE_READ_URL', problems),
    feedbackNudge: readFlag(get('FEEDBACK_NUDGE'), 'FEEDBACK_NUDGE', problems),
  }
  if (config.databaseReadUrl !== undefined && config.databaseUrl === undefined) problems.push('DATABASE_READ_URL is set but DATABASE_URL is not')
  if (webhook !== undefined && token === undefined) problems.push('WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not')
  // a URL may carry the token (a webhook path such as /bot<token>): never echo it
  const safe = token === undefined ? problems : problems.map((problem) => problem.split(token).join('[redacted]'))
  return problems.length === 0 ? { ok: true, config } : { ok: false, problems: safe }
}

/** The one message printed for a bad configuration. */
export function formatConfigProblems(problems: readonly string[]): string {
  return `wenda: the configuration has ${problems.length} problem(s) (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`
}

function readWebhook(get: (name: string) => string | undefined, problems: string[]): WebhookConfig | undefined {
  const url = readUrl(get('WEBHOOK_URL'), 'WEBHOOK_URL', problems)
  const port = readInt(get('PORT'), 'PORT', 8080, 0, 65_535, problems)
  const secret = get('WEBHOOK_SECRET')
  if (secret !== undefined && !secretPattern.test(secret)) {
    problems.push('WEBHOOK_SECRET must be 1–256 characters of A–Z, a–z, 0–9, _ and - (Telegram\'s rule)')
  }
  if (url === undefined) return undefined
  if (!isWebhookUrl(url, problems)) return undefined
  if (secret === undefined) {
    problems.push('WEBHOOK_URL is set but WEBHOOK_SECRET is not: set a random secret so forged updates are rejected')
    return undefined
  }
  return { url, secret, port }
}

/** The ports Telegram sends webhook requests to (Bot API, setWebhook). */
export const webhookPorts: readonly number[] = [443, 80, 88, 8443]

// checked here, not by Telegram at setWebhook, so every problem is listed before anything starts
function isWebhookUrl(value: string, problems: string[]): boolean {
  const url = new URL(value)
  const port = url.port === '' ? 443 : Number(url.port)
  const before = problems.length
  if (url.protocol !== 'https:') problems.push(`WEBHOOK_URL must start with https:// (Telegram calls webhooks over HTTPS only), got "${url.protocol}"`)
  if (!webhookPorts.includes(port)) {
    problems.push(`WEBHOOK_URL must use port ${webhookPorts.join(', ')} (the ports Telegram calls), got ${port}; PORT is the local port behind a proxy`)
  }
  return problems.length === before
}

function readUrl(value: string | undefined, name: string, problems: string[]): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`${name} is not a URL: "${value}"`)
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${name} must start with https:// or http://, got "${url.protocol}"`)
    return undefined
  }
  return value
}

// a database URL carries a password: problems name the variable, never echo the value
function readDatabaseUrl(value: string | undefined, name: string, problems: string[]): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`${name} is not a URL (expected postgres://user:password@host:port/database)`)
    return undefined
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    problems.push(`${name} must start with postgres:// or postgresql://, got "${url.protocol}"`)
    return undefined
  }
  return value
}

function readIds(value: string | undefined, name: string, problems: string[]): number[] {
  if (value === undefined) return []
  const parts = value.split(/[\s,]+/).filter((part) => part !== '')
  const bad = parts.filter((part) => !/^-?\d{1,20}$/.test(part))
  if (bad.length > 0) problems.push(`${name} must be Telegram ids separated by commas, not "${bad.join('", "')}"`)
  return parts.filter((part) => !bad.includes(part)).map(Number)
}

function readFlag(value: string | undefined, name: string, problems: string[]): boolean {
  if (value === undefined) return false
  if (/^(?:1|true|yes|on)$/i.test(value)) return true
  if (/^(?:0|false|no|off)$/i.test(value)) return false
  problems.push(`${name} must be true or false, got "${value}"`)
  return false
}

function readInt(value: string | undefined, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`)
    return fallback
  }
  return n
}

function readLogLevel(value: string | undefined, problems: string[]): LogLevel {
  if (value === undefined) return 'info'
  const level = value.toLowerCase()
  if ((logLevels as readonly string[]).includes(level)) return level as LogLevel
  problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${value}"`)
  return 'info'
}
