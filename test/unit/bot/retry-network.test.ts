import { HttpError } from 'grammy'
import { describe, expect, it } from 'vitest'
import { retryNetworkErrors } from '../../../src/bot/retry-network.js'

type Prev = Parameters<ReturnType<typeof retryNetworkErrors>>[0]
const failing = (failures: number) => {
  let calls = 0
  const prev = (async () => {
    calls++
    if (calls <= failures) throw new HttpError('Network request failed!', new Error('ECONNRESET'))
    return { ok: true, result: true }
  }) as unknown as Prev
  return { prev, calls: () => calls }
}

describe('retryNetworkErrors', () => {
  it('retries network failures with backoff until the request succeeds', async () => {
    const { prev, calls } = failing(2)
    const result = await retryNetworkErrors({ attempts: 3, firstDelayMs: 1 })(prev, 'sendMessage', {} as never)
    expect(result).toEqual({ ok: true, result: true })
    expect(calls()).toBe(3)
  })

  it('gives up after the configured number of retries', async () => {
    const { prev, calls } = failing(10)
    await expect(retryNetworkErrors({ attempts: 2, firstDelayMs: 1 })(prev, 'getMe', {} as never)).rejects.toThrow('Network request failed!')
    expect(calls()).toBe(3)
  })

  it('does not retry once the request was aborted', async () => {
    const { prev, calls } = failing(10)
    const controller = new AbortController()
    controller.abort()
    await expect(retryNetworkErrors({ attempts: 5, firstDelayMs: 1 })(prev, 'getUpdates', {} as never, controller.signal as never)).rejects.toThrow()
    expect(calls()).toBe(1)
  })
})
