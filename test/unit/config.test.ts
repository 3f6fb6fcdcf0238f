import { describe, expect, it } from 'vitest'
import { formatConfigProblems, readConfig } from '../../src/config.js'

const token = '123456:AAHsecretPART_of-the-token'

describe('readConfig', () => {
  it('returns defaults and no token when the environment is empty', () => {
    const result = readConfig({})
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.config.token).toBeUndefined()
    expect(result.config.webhook).toBeUndefined()
    expect(result.config.rateLimit).toEqual({ count: 20, windowMs: 60_000 })
    expect(result.config.dataDir).toMatch(/data$/)
    expect(result.config.logLevel).toBe('info')
  })

  it('reads ids, webhook and api root when they are valid', () => {
    const result = readConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      WEBHOOK_URL: 'https://bot.example.org/hook',
      WEBHOOK_SECRET: 's3cret_-x',
      PORT: '0',
      ALLOWED_IDS: '1, -1002, 3',
      ADMIN_IDS: '42',
    })
    expect(result).toMatchObject({
      ok: true,
      config: {
        token,
        apiRoot: 'http://127.0.0.1:8081',
        webhook: { url: 'https://bot.example.org/hook', secret: 's3cret_-x', port: 0 },
        allowedIds: [1, -1002, 3],
        adminIds: [42],
      },
    })
  })

  it('lists every problem at once when several values are wrong', () => {
    const result = readConfig({
      TELEGRAM_BOT_TOKEN: 'not a token',
      PORT: '99999',
      WEBHOOK_URL: 'ftp://x',
      ALLOWED_IDS: '12,abc',
      RATE_LIMIT: '-1',
      LOG_LEVEL: 'loud',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      'TELEGRAM_BOT_TOKEN does not look like a bot token (expected digits, a colon, then letters, digits, _ or -, as @BotFather gives it)',
      'WEBHOOK_URL must start with https:// or http://, got "ftp:"',
      'PORT must be a whole number from 0 to 65535, got "99999"',
      'ALLOWED_IDS must be Telegram ids separated by commas, not "abc"',
      'RATE_LIMIT must be a whole number from 1 to 10000, got "-1"',
      'LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud"',
    ])
  })

  it('refuses a webhook URL Telegram would not call: not https, or on a port other than 443, 80, 88 and 8443, listing both', () => {
    const result = readConfig({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_URL: 'http://bot.example.org:8080/hook', WEBHOOK_SECRET: 's', PORT: 'x' })
    expect(result).toEqual({
      ok: false,
      problems: [
        'PORT must be a whole number from 0 to 65535, got "x"',
        'WEBHOOK_URL must start with https:// (Telegram calls webhooks over HTTPS only), got "http:"',
        'WEBHOOK_URL must use port 443, 80, 88, 8443 (the ports Telegram calls), got 8080; PORT is the local port behind a proxy',
      ],
    })
    for (const url of ['https://bot.example.org/hook', 'https://bot.example.org:8443/hook', 'https://bot.example.org:88/hook']) {
      expect(readConfig({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_URL: url, WEBHOOK_SECRET: 's' }).ok, url).toBe(true)
    }
  })

  it('never echoes the token when a webhook URL carries it in its path', () => {
    const result = readConfig({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_URL: `http://bot.example.org/${token}`, WEBHOOK_SECRET: 's' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.join('\n')).not.toContain(token)
  })

  it('requires a webhook secret when a webhook url is set', () => {
    const result = readConfig({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_URL: 'https://bot.example.org/hook' })
    expect(result).toEqual({
      ok: false,
      problems: ['WEBHOOK_URL is set but WEBHOOK_SECRET is not: set a random secret so forged updates are rejected'],
    })
  })

  it('never echoes the token or a near-miss of it in its problems', () => {
    const nearMiss = `${token} extra`
    const result = readConfig({ TELEGRAM_BOT_TOKEN: nearMiss, PORT: 'x' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const message = formatConfigProblems(result.problems)
    expect(message).not.toContain('AAHsecret')
    expect(message).toContain('2 problem(s)')
  })

  it('reads FEEDBACK_NUDGE as a flag, off by default, naming a value that is neither', () => {
    expect(readConfig({}).ok && (readConfig({}) as { config: { feedbackNudge: boolean } }).config.feedbackNudge).toBe(false)
    const on = readConfig({ FEEDBACK_NUDGE: 'true' })
    expect(on.ok && on.config.feedbackNudge).toBe(true)
    const bad = readConfig({ FEEDBACK_NUDGE: 'maybe' })
    expect(bad.ok ? [] : bad.problems).toEqual(['FEEDBACK_NUDGE must be true or false, got "maybe"'])
  })

  it('reads DATABASE_URL and DATABASE_READ_URL, and never echoes a database password', () => {
    const ok = readConfig({ DATABASE_URL: 'postgres://wenda:pw@db:5432/wenda', DATABASE_READ_URL: 'postgresql://wenda:pw@replica/wenda' })
    expect(ok.ok && ok.config.databaseUrl).toBe('postgres://wenda:pw@db:5432/wenda')
    expect(ok.ok && ok.config.databaseReadUrl).toBe('postgresql://wenda:pw@replica/wenda')
    const bad = readConfig({ DATABASE_URL: 'mysql://wenda:s3cret@db/wenda', DATABASE_READ_URL: 'postgres://x:s3cret@r/w' })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.problems).toHaveLength(2)
    expect(bad.problems.join('\n')).not.toContain('s3cret')
  })

  it('leaves the database unset by default', () => {
    const result = readConfig({})
    expect(result.ok && result.config.databaseUrl).toBeUndefined()
  })
})
