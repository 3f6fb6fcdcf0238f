import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createFeedbackStore } from '../../src/adapters/feedback-store.js'
import type { Library } from '../../src/core/library.js'
import { createBot } from '../../src/bot/create-bot.js'
import { createLogger } from '../../src/bot/logger.js'
import { startWebhook, type RunningBot } from '../../src/bot/serve.js'
import { FakeBotApi, fakeBotInfo } from '../helpers/fake-bot-api.js'
import { openTestLibrary, testToken } from './bot-harness.js'

let library: Library
let dataDir: string
let api: FakeBotApi
let running: RunningBot
const logLines: string[] = []
const secret = 'right-secret_123'

beforeAll(async () => {
  ;({ library, dataDir } = await openTestLibrary())
})

afterEach(async () => {
  await running?.stop()
  await api?.close()
  expect(logLines.join('\n')).not.toContain(testToken)
})

async function start(): Promise<string> {
  api = await FakeBotApi.start()
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
  })
  running = await startWebhook(bot, log, { url: 'https://bot.example.org/tg/hook', secret, port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${running.port}/tg/hook`
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

const update = (id: number, text: string) => ({
  update_id: id,
  message: { message_id: id, date: 1, chat: { id: 77, type: 'private', first_name: 'A' }, from: { id: 77, is_bot: false, first_name: 'A' }, text },
})

describe('webhook mode', () => {
  it('registers the webhook with its secret and answers an update that carries it', async () => {
    const url = await start()
    expect(api.callsTo('setWebhook')[0]!.params).toMatchObject({ url: 'https://bot.example.org/tg/hook', secret_token: secret })
    const response = await post(url, update(1, '明前茶多少钱一斤'), { 'x-telegram-bot-api-secret-token': secret })
    expect(response.status).toBe(200)
    const reply = await api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === 1)
    expect(reply.params.text).toContain('3000元')
  })

  it('rejects updates with a wrong or missing secret, and other paths, without answering', async () => {
    const url = await start()
    expect((await post(url, update(2, '明前茶多少钱一斤'), { 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401)
    expect((await post(url, update(3, '明前茶多少钱一斤'))).status).toBe(401)
    expect((await post(url.replace('/tg/hook', '/other'), update(4, '明前茶多少钱一斤'), { 'x-telegram-bot-api-secret-token': secret })).status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(api.callsTo('sendMessage')).toHaveLength(0)
  })
})
