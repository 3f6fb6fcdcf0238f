import type { LogLevel } from '../config.js'

/** A structured log record: one JSON line. `msg` says what happened; other fields are data. */
export type LogRecord = { msg: string } & Record<string, unknown>

/** Structured logging by level; every line is one JSON object. */
export interface Logger {
  debug(record: LogRecord): void
  info(record: LogRecord): void
  warn(record: LogRecord): void
  error(record: LogRecord): void
}

/** Where and what to log: `secrets` (the bot token) are replaced by `[redacted]` in every line. */
export interface LoggerOptions {
  level: LogLevel
  write: (line: string) => void
  secrets?: readonly string[]
  now?: () => Date
}

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 }

/**
 * Creates a JSON-lines logger. Errors are flattened to name, message and cause; any secret is
 * redacted from the finished line, so even a URL quoted in a network error cannot leak the token.
 */
export function createLogger(options: LoggerOptions): Logger {
  const { level, write, secrets = [], now = () => new Date() } = options
  const hidden = secrets.filter((secret) => secret.length >= 4)
  const emit = (at: LogLevel) => (record: LogRecord) => {
    if (rank[at] < rank[level]) return
    let line = JSON.stringify({ time: now().toISOString(), level: at, ...record }, replaceErrors)
    for (const secret of hidden) line = line.split(secret).join('[redacted]')
    write(line)
  }
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') }
}

/** A logger that drops everything (tests, or LOG_LEVEL=silent). */
export const silentLogger: Logger = createLogger({ level: 'silent', write: () => {} })

function replaceErrors(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value
  const { name, message } = value
  const cause = (value as { cause?: unknown }).cause
  // grammY's HttpError keeps the underlying network error here
  const inner = (value as { error?: unknown }).error
  const stack = value.stack?.split('\n').slice(1, 6).map((line) => line.trim())
  return { name, message, stack, ...(cause !== undefined && { cause }), ...(inner !== undefined && { error: inner }) }
}
