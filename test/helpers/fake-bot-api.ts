import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Message, Update } from 'grammy/types'
import { ApiRefusal, createHandlers, fakeBotInfo, type Params } from './fake-bot-methods.js'
import { countedMethods, createFloodControl, telegramLimits, type FloodControl, type FloodLimits } from './fake-flood-control.js'
import { checkTelegramHtml } from './telegram-html.js'

/** A fault to inject into the next call of a method. */
export type Fault =
  | { status: 429; retryAfter: number }
  | { status: 500 | 502 }
  | { status: 400 | 401 | 403; description: string }
  | { drop: true }
  | { delayMs: number }

/** One request the bot made; `fault` is set when an injected fault answered it. */
export interface RecordedCall {
  method: string
  params: Params
  fault?: string
  result?: unknown
}

export { fakeBotInfo }

/** How a fake starts: `limits` are Telegram's flood limits to enforce (default Telegram's own), or false for none. */
export interface FakeBotApiOptions {
  limits?: FloodLimits | false
}

/**
 * A fake Telegram Bot API on 127.0.0.1: records every call, validates outgoing HTML, long-polls
 * getUpdates, answers 404 to methods it does not know, and injects faults on request. Like
 * Telegram, it refuses sends over the flood limits (429 with retry_after), a second answer to one
 * callback query, and a webhook URL Telegram would not call; each refusal is also a violation.
 */
export class FakeBotApi {
  readonly calls: RecordedCall[] = []
  readonly violations: string[] = []
  /** Messages by `${chatId}:${messageId}`, both users' and the bot's, for reply_to_message. */
  readonly messages = new Map<string, Message>()
  private server: Server
  private port = 0
  private updates: Update[] = []
  private nextUpdateId = 1
  private nextMessageId = 1
  private waiters: (() => void)[] = []
  private faults = new Map<string, Fault[]>()
  private callListeners: (() => void)[] = []
  private handlers: Record<string, (params: Params) => unknown>
  private floodControl: FloodControl | undefined

  private constructor(options: FakeBotApiOptions) {
    this.server = this.createServer()
    this.handlers = createHandlers(this)
    const limits = options.limits ?? telegramLimits
    this.floodControl = limits === false ? undefined : createFloodControl(limits)
  }

  /** Starts a fake on a free port, enforcing Telegram's flood limits unless told otherwise. */
  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const api = new FakeBotApi(options)
    await api.listen(0)
    return api
  }

  /** Calls refused with 429 by flood control. */
  get floodRefusals(): RecordedCall[] {
    return this.calls.filter((call) => call.fault?.startsWith('429 ') === true)
  }

  /** The apiRoot to give grammY (no trailing slash). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Queues an update for getUpdates, numbering it. */
  pushUpdate(update: Omit<Update, 'update_id'> & { update_id?: number }): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId++ } as Update
    this.updates.push(full)
    for (const wake of this.waiters.splice(0)) wake()
    return full
  }

  /** Assigns a message id and remembers the message, so replies to it can quote it. */
  remember(message: Omit<Message, 'message_id'> & { message_id?: number }): Message {
    const full = { ...message, message_id: message.message_id ?? this.nextMessageId++ } as Message
    this.messages.set(`${full.chat.id}:${full.message_id}`, full)
    return full
  }

  /** Makes the next call of `method` fail (or be slow) as described; faults queue up in order. */
  failNext(method: string, fault: Fault): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), fault])
  }

  /** Successful calls of `method` so far. */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method && call.fault === undefined)
  }

  /** Resolves with the first successful call of `method` matching `predicate`, past or future. */
  waitForCall(method: string, predicate: (call: RecordedCall) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedCall> {
    return new Promise((resolve, reject) => {
      const check = () => this.callsTo(method).find(predicate)
      const found = check()
      if (found) return resolve(found)
      const timer = setTimeout(() => {
        this.callListeners = this.callListeners.filter((l) => l !== listener)
        reject(new Error(`no ${method} call matched within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`))
      }, timeoutMs)
      const listener = () => {
        const call = check()
        if (call === undefined) return
        clearTimeout(timer)
        this.callListeners = this.callListeners.filter((l) => l !== listener)
        resolve(call)
      }
      this.callListeners.push(listener)
    })
  }

  /** Closes and listens again on the same port, dropping open connections (a server restart). */
  async restart(): Promise<void> {
    await this.shutdown()
    this.server = this.createServer()
    await this.listen(this.port)
  }

  /** Stops the server and every connection. */
  async close(): Promise<void> {
    await this.shutdown()
  }

  private async shutdown(): Promise<void> {
    for (const wake of this.waiters.splice(0)) wake()
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port
        resolve()
      })
    })
  }

  private createServer(): Server {
    return createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        this.violations.push(`fake server error: ${(error as Error).message}`)
        if (!res.headersSent) send(res, 500, { ok: false, error_code: 500, description: 'fake server error' })
      })
    })
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot[^/]+\/(\w+)$/.exec(new URL(req.url ?? '/', this.url).pathname)
    const params = await readBody(req)
    const method = match?.[1] ?? '?'
    const call: RecordedCall = { method, params }
    const fault = this.faults.get(method)?.shift()
    if (fault !== undefined && 'delayMs' in fault) await sleep(fault.delayMs)
    else if (fault !== undefined) {
      call.fault = JSON.stringify(fault)
      this.record(call)
      return answerFault(res, fault)
    }
    const handler = match ? this.handlers[method] : undefined
    if (handler === undefined) {
      call.fault = 'unknown method'
      this.record(call)
      return send(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' })
    }
    if (method === 'getUpdates') return this.getUpdates(params, res, call)
    try {
      this.checkFlood(method, params)
      call.result = handler(params)
    } catch (error) {
      if (!(error instanceof ApiRefusal)) throw error
      call.fault = `${error.status} ${error.description}`
      this.violations.push(`${method}: ${call.fault}`)
      this.record(call)
      const parameters = error.retryAfter === undefined ? {} : { parameters: { retry_after: error.retryAfter } }
      return send(res, error.status, { ok: false, error_code: error.status, description: error.description, ...parameters })
    }
    this.record(call)
    send(res, 200, { ok: true, result: call.result })
  }

  private checkFlood(method: string, params: Params): void {
    if (this.floodControl === undefined || !countedMethods.has(method) || params.chat_id === undefined) return
    const verdict = this.floodControl.admit(Number(params.chat_id), Date.now())
    if (!verdict.ok) throw new ApiRefusal(429, `Too Many Requests: retry after ${verdict.retryAfterS} (${verdict.limit})`, verdict.retryAfterS)
  }

  private async getUpdates(params: Params, res: ServerResponse, call: RecordedCall): Promise<void> {
    // recorded on arrival: tests wait for the bot to start polling, which holds the request open
    this.record(call)
    const offset = Number(params.offset ?? 0)
    this.updates = this.updates.filter((u) => u.update_id >= offset)
    const deadline = Date.now() + Math.min(Number(params.timeout ?? 0), 30) * 1000
    let gone = false
    res.once('close', () => (gone = true))
    while (this.updates.length === 0 && Date.now() < deadline && !gone && this.server.listening) {
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, Math.max(0, deadline - Date.now()))
      })
    }
    if (gone) return
    call.result = this.updates.slice(0, Number(params.limit ?? 100))
    send(res, 200, { ok: true, result: call.result })
  }

  private record(call: RecordedCall): void {
    this.calls.push(call)
    if (call.fault === undefined) this.validate(call)
    for (const listener of [...this.callListeners]) listener()
  }

  private validate({ method, params }: RecordedCall): void {
    const texts: [string, string | undefined][] = []
    if (method === 'sendMessage' || method === 'editMessageText') texts.push([params.text ?? '', params.parse_mode])
    for (const result of method === 'answerInlineQuery' ? (params.results ?? []) : []) {
      texts.push([result.input_message_content?.message_text ?? '', result.input_message_content?.parse_mode])
    }
    // a lone surrogate has no UTF-8 form: Telegram refuses it (a cut at a UTF-16 offset makes one)
    for (const string of collectStrings(params)) {
      if (/\p{Cs}/u.test(string)) this.violations.push(`${method}: lone surrogate in ${JSON.stringify(string.slice(0, 200))}`)
    }
    for (const [text, mode] of texts) {
      const problems = mode === 'HTML' ? checkTelegramHtml(text) : text.trim() === '' || text.length > 4096 ? ['empty or over 4096'] : []
      for (const problem of problems) this.violations.push(`${method}: ${problem} in ${JSON.stringify(text.slice(0, 200))}`)
    }
    for (const row of params.reply_markup?.inline_keyboard ?? []) {
      for (const button of row) {
        if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) this.violations.push(`${method}: callback_data over 64 bytes`)
        if (button.copy_text !== undefined && [...button.copy_text.text].length > 256) this.violations.push(`${method}: copy_text over 256 characters`)
      }
    }
  }
}

// every string anywhere in a request's parameters
function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(collectStrings)
}

function answerFault(res: ServerResponse, fault: Exclude<Fault, { delayMs: number }>): void {
  if ('drop' in fault) return void res.socket?.destroy()
  if (fault.status === 429) {
    return send(res, 429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter}`, parameters: { retry_after: fault.retryAfter } })
  }
  const description = 'description' in fault ? fault.description : fault.status === 500 ? 'Internal Server Error' : 'Bad Gateway'
  send(res, fault.status, { ok: false, error_code: fault.status, description })
}

async function readBody(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks).toString('utf8')
  if (body === '') return {}
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(body) as Record<string, unknown>
  return Object.fromEntries(new URLSearchParams(body))
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
