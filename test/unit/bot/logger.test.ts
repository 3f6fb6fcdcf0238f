import { describe, expect, it } from 'vitest'
import { createLogger } from '../../../src/bot/logger.js'

describe('createLogger', () => {
  it('writes one JSON line per record at or above the level', () => {
    const lines: string[] = []
    const log = createLogger({ level: 'info', write: (l) => lines.push(l), now: () => new Date(0) })
    log.debug({ msg: 'hidden' })
    log.info({ msg: 'update', ms: 3 })
    expect(lines).toEqual(['{"time":"1970-01-01T00:00:00.000Z","level":"info","msg":"update","ms":3}'])
  })

  it('redacts the token wherever it appears, including inside errors and their causes', () => {
    const token = '123456:ABCdef_secret'
    const lines: string[] = []
    const log = createLogger({ level: 'debug', write: (l) => lines.push(l), secrets: [token] })
    const cause = new Error(`request to https://api.telegram.org/bot${token}/getMe failed`)
    log.error({ msg: 'failed', error: new Error('network', { cause }), url: `/bot${token}/x` })
    expect(lines[0]).not.toContain(token)
    expect(lines[0]).toContain('bot[redacted]/getMe')
    expect(JSON.parse(lines[0]!).error.message).toBe('network')
  })
})
