import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import type { Update } from 'grammy/types'
import { testToken, writeTestCorpus } from './bot-harness.js'

/** The webhook secret every replica is started with. */
export const replicaSecret = 'replica-secret_42'

/** One `npm start` process in webhook mode, with its log. */
export interface Replica {
  /** Where to POST updates to this replica. */
  url: string
  child: ChildProcessWithoutNullStreams
  /** The process's JSON log lines so far, parsed. */
  log(): Record<string, unknown>[]
  stderr(): string
  exited: Promise<number>
}

/**
 * Starts `node --import tsx src/main.ts` (as `npm start` does; not the tsx binary, whose child
 * would outlive a SIGKILL) in webhook mode on a free local port, against the
 * fake Bot API at `apiRoot` and the database at `databaseUrl`; resolves once it listens. Each
 * replica reads its own copy of the test corpus, as each machine would.
 */
export async function startReplica(apiRoot: string, databaseUrl: string, env: Record<string, string> = {}): Promise<Replica> {
  const replica = spawnReplica(apiRoot, databaseUrl, env)
  const deadline = Date.now() + 60_000
  for (;;) {
    const listening = replica.log().find((line) => line.msg === 'webhook')
    if (listening !== undefined) return { ...replica, url: `http://127.0.0.1:${listening.port}/hook` }
    if (replica.child.exitCode !== null || Date.now() > deadline) throw new Error(`replica did not start: ${replica.stderr()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Spawns a replica as {@link startReplica} does, without waiting for it to listen (its `url` is empty). */
export function spawnReplica(apiRoot: string, databaseUrl: string, env: Record<string, string> = {}): Replica {
  const dirs = writeTestCorpus()
  const { PATH, HOME } = process.env
  const child = spawn(process.execPath, ['--v8-pool-size=0', '--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH,
      HOME,
      LANG: 'C.UTF-8',
      TELEGRAM_BOT_TOKEN: testToken,
      TELEGRAM_API_ROOT: apiRoot,
      WEBHOOK_URL: 'https://bot.example.org/hook',
      WEBHOOK_SECRET: replicaSecret,
      PORT: '0',
      DATABASE_URL: databaseUrl,
      CORPUS_DIR: dirs.corpusDir,
      INDEX_DIR: dirs.indexDir,
      DATA_DIR: dirs.dataDir,
      LOG_LEVEL: 'info',
      ...env,
    },
  })
  let stderr = ''
  child.stdout.resume()
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  const log = () => stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>)
  return { url: '', child, log, stderr: () => stderr, exited }
}

/** POSTs `update` as Telegram would; resolves with the status, or 0 when the connection failed. */
export async function deliver(replica: Replica, update: Update): Promise<number> {
  try {
    const response = await fetch(replica.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': replicaSecret },
      body: JSON.stringify(update),
    })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

/** Delivers `update` until a replica acknowledges it with 2xx, as Telegram retries, trying `replicas` in turn; returns the attempts made. */
export async function deliverUntilAcknowledged(replicas: Replica[], update: Update, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (let attempt = 0; ; attempt++) {
    const status = await deliver(replicas[attempt % replicas.length]!, update)
    if (status >= 200 && status < 300) return attempt + 1
    if (Date.now() > deadline) throw new Error(`update ${update.update_id} not acknowledged within ${timeoutMs} ms (last status ${status})`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

let nextId = 5000

/** A private text message from a new user (or from `userId`), as an update with a fresh id. */
export function textUpdate(text: string, userId = nextId++): Update {
  const id = nextId++
  return {
    update_id: id,
    message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: 'private', first_name: 'A' }, from: { id: userId, is_bot: false, first_name: 'A' }, text },
  } as Update
}
