import { afterEach, describe, expect, it } from 'vitest'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { scaleLimits, telegramLimits } from '../helpers/fake-flood-control.js'

// The fake must refuse what Telegram refuses, or the e2e tests that rely on it prove nothing.

let api: FakeBotApi
afterEach(async () => {
  await api.close()
})

async function call(method: string, params: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.url}/bot123:x/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) })
  return { status: response.status, body: await response.json() }
}

const send = (chatId: number) => call('sendMessage', { chat_id: chatId, text: 'hi' })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the fake Bot API under flood', () => {
  it('tolerates a short burst in one chat, then answers 429 with retry_after until a second has passed', async () => {
    api = await FakeBotApi.start()
    const results = [await send(1), await send(1), await send(1), await send(1)]
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429])
    expect(results[3]!.body).toMatchObject({ ok: false, error_code: 429, parameters: { retry_after: 1 } })
    expect(results[3]!.body.description).toMatch(/^Too Many Requests: retry after 1/)
    expect((await send(2)).status).toBe(200)
    expect(api.floodRefusals).toHaveLength(1)
    expect(api.violations).toHaveLength(1)
  })

  it('refuses the 21st message to one group within a minute (time scaled by 30), and accepts it once the window has passed', async () => {
    api = await FakeBotApi.start({ limits: scaleLimits(telegramLimits, 30) })
    const started = Date.now()
    for (let i = 0; i < 20; i++) {
      expect((await send(-100)).status, `message ${i + 1}`).toBe(200)
      await sleep(40) // slower than one a second per chat (33 ms scaled), so only the group limit can bite
    }
    const refused = await send(-100)
    expect(refused.status).toBe(429)
    expect(refused.body.parameters.retry_after).toBeGreaterThanOrEqual(1)
    await sleep(Math.max(0, started + 60_000 / 30 + 100 - Date.now()))
    expect((await send(-100)).status).toBe(200)
  })

  it('refuses the 31st message within a second overall, across chats', async () => {
    api = await FakeBotApi.start()
    const statuses = await Promise.all(Array.from({ length: 31 }, (_, i) => send(1000 + i).then((r) => r.status)))
    expect(statuses.filter((s) => s === 429)).toHaveLength(1)
  })
})

describe('the fake Bot API on callbacks and webhooks', () => {
  it('refuses a second answer to the same callback query as Telegram does', async () => {
    api = await FakeBotApi.start()
    expect((await call('answerCallbackQuery', { callback_query_id: 'q1' })).status).toBe(200)
    const again = await call('answerCallbackQuery', { callback_query_id: 'q1', text: 'sorry' })
    expect(again).toEqual({ status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' } })
    expect(api.violations).toEqual(['answerCallbackQuery: 400 Bad Request: query is too old and response timeout expired or query ID is invalid'])
  })

  it('refuses a webhook that is not https, on a port Telegram does not call, or at a host it cannot resolve', async () => {
    api = await FakeBotApi.start()
    const descriptions = []
    for (const url of ['http://bot.example.org/hook', 'https://bot.example.org:8080/hook', 'https://bot.example.invalid/hook']) {
      descriptions.push((await call('setWebhook', { url })).body.description)
    }
    expect(descriptions).toEqual([
      'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
      'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443',
      'Bad Request: bad webhook: Failed to resolve host: Name or service not known',
    ])
    expect((await call('setWebhook', { url: 'https://bot.example.org:8443/hook' })).status).toBe(200)
  })
})
