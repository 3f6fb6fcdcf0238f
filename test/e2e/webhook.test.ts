import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
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

async function start(url = 'https://bot.example.org/tg/hook', port = 0): Promise<string> {
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
  running = await startWebhook(bot, log, { url, secret, port, host: '127.0.0.1' })
  return `http://127.0.0.1:${running.port}/tg/hook`
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Starts a POST that sends `first` and then never finishes its body; resolves with the status the server answers. */
function postUnfinished(url: string, first: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret, ...headers } }, (res) => {
      resolve(res.statusCode ?? 0)
      res.resume()
    })
    req.on('error', reject)
    req.write(first)
  })
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

  it('answers 400 to a body that is not JSON or not an update, with the right secret, and answers nothing', async () => {
    const url = await start()
    const headers = { 'x-telegram-bot-api-secret-token': secret }
    expect((await post(url, '{"update_id": 5, "message": {', headers)).status).toBe(400)
    expect((await post(url, { message: { text: 'no id' } }, headers)).status).toBe(400)
    expect((await post(url, '[]', headers)).status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(api.callsTo('sendMessage')).toHaveLength(0)
  })

  it('answers 413 to a body over 1 MiB without reading it to the end, declared or not', async () => {
    const url = await start()
    const declared = postUnfinished(url, Buffer.alloc(1024, 0x20), { 'content-length': String(50 * 1024 * 1024) })
    expect(await declared).toBe(413)
    const chunked = postUnfinished(url, Buffer.alloc(1024 * 1024 + 10, 0x20), { 'transfer-encoding': 'chunked' })
    expect(await chunked).toBe(413)
  })

  it('answers an update posted twice only once', async () => {
    const url = await start()
    const headers = { 'x-telegram-bot-api-secret-token': secret }
    const [a, b] = await Promise.all([post(url, update(9, '明前茶多少钱一斤'), headers), post(url, update(9, '明前茶多少钱一斤'), headers)])
    // the copy that came while the first was in progress is not acknowledged: Telegram delivers it again
    expect([a.status, b.status].sort()).toEqual([200, 503])
    expect((await post(url, update(9, '明前茶多少钱一斤'), headers)).status).toBe(200)
    await api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === 9)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(api.callsTo('sendMessage')).toHaveLength(1)
  })

  it('fails to start with one line naming setWebhook and WEBHOOK_URL when Telegram refuses the URL, and stops listening', async () => {
    const port = await freePort()
    const failed = start('https://bot.example.invalid/tg/hook', port)
    await expect(failed).rejects.toThrow(/^Telegram refused setWebhook \(400: Bad Request: bad webhook: Failed to resolve host: Name or service not known\); check WEBHOOK_URL$/)
    await expect(fetch(`http://127.0.0.1:${port}/tg/hook`, { method: 'POST' })).rejects.toThrow('fetch failed')
    api.violations.length = 0
  })
})
