import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import type { Update } from 'grammy/types'
import { FakeBotApi } from '../test/helpers/fake-bot-api.js'
import { startPostgresCluster } from '../test/helpers/postgres-cluster.js'
import { createDatabase } from '../test/helpers/postgres-database.js'
import { percentile } from './report.js'

// npm run bench:replicas [-- --questions 3000] [--users 50]
// Bot throughput in webhook mode: one replica with its state in memory, one with it in PostgreSQL,
// and two sharing PostgreSQL behind a round-robin "load balancer". Closed loop: each user POSTs a
// question, waits for the 200 (sent once the answer went out) and asks again.

const { values } = parseArgs({ options: { questions: { type: 'string', default: '3000' }, users: { type: 'string', default: '50' }, corpus: { type: 'string', default: 'corpus' } } })
const total = Number(values.questions)
const userCount = Math.min(Number(values.users), total)
const questions = (await readFile(resolve('bench/questions.txt'), 'utf8')).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))
const log = (message: string) => process.stderr.write(`bench: ${message}\n`)

interface Setup {
  name: string
  replicas: number
  database: boolean
}

const setups: Setup[] = [
  { name: '1 replica, state in memory', replicas: 1, database: false },
  { name: '1 replica, state in PostgreSQL', replicas: 1, database: true },
  { name: '2 replicas, state in PostgreSQL', replicas: 2, database: true },
]

async function startChild(apiUrl: string, index: number, databaseUrl: string | undefined): Promise<{ port: number; child: ChildProcess }> {
  const args = ['--api', apiUrl, '--corpus', resolve(values.corpus!), '--index', resolve(`bench/out/index-replica-${index}`), ...(databaseUrl ? ['--database', databaseUrl] : [])]
  const child = spawn(process.execPath, ['--v8-pool-size=0', '--max-semi-space-size=32', '--import', 'tsx', resolve('bench/replica-child.ts'), ...args], { stdio: ['pipe', 'pipe', 'inherit'] })
  const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next()
  const port = Number(first.value)
  if (!Number.isInteger(port) || port <= 0) throw new Error('replica did not start')
  return { port, child }
}

async function measure(setup: Setup, clusterUrl: string) {
  const api = await FakeBotApi.start({ limits: false })
  const database = setup.database ? await createDatabase(clusterUrl) : undefined
  // started one after the other: the first migrates (the second would wait on the lock anyway)
  const children: { port: number; child: ChildProcess }[] = []
  for (let i = 0; i < setup.replicas; i++) children.push(await startChild(api.url, i, database?.url))
  let sent = 0
  let balancer = 0
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const user = async (userId: number) => {
    while (sent < total) {
      const id = ++sent
      const update = { update_id: id, message: { message_id: id, date: 1, chat: { id: userId, type: 'private', first_name: 'U' }, from: { id: userId, is_bot: false, first_name: 'U' }, text: questions[id % questions.length]! } } as Update
      const port = children[balancer++ % children.length]!.port
      const started = performance.now()
      const response = await fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'bench' }, body: JSON.stringify(update) })
      await response.arrayBuffer()
      latencies.push(performance.now() - started)
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: userCount }, (_, i) => user(20_000 + i)))
  const seconds = (performance.now() - started) / 1000
  await new Promise((r) => setTimeout(r, 300))
  const replies = api.callsTo('sendMessage').filter((c) => c.fault === undefined)
  const perUpdate = new Map<number, number>()
  for (const reply of replies) perUpdate.set(Number(reply.params.reply_parameters?.message_id), (perUpdate.get(Number(reply.params.reply_parameters?.message_id)) ?? 0) + 1)
  const answered = perUpdate.size
  const twice = [...perUpdate.values()].filter((n) => n > 1).length
  for (const { child } of children) child.stdin!.end()
  await Promise.all(children.map(({ child }) => new Promise((r) => child.once('exit', r))))
  await api.close()
  await database?.drop()
  return { setup, seconds, answered, twice, latencies, statuses, violations: api.violations.length }
}

const cluster = await startPostgresCluster()
const rows: string[] = []
try {
  for (const setup of setups) {
    log(setup.name)
    const r = await measure(setup, cluster.url)
    const non200 = [...r.statuses.entries()].filter(([status]) => status !== 200).map(([s, n]) => `${n}×${s}`).join(', ') || '0'
    rows.push(`| ${setup.name} | ${total} | ${userCount} | ${(r.answered / r.seconds).toFixed(0)} | ${percentile(r.latencies, 50).toFixed(1)} | ${percentile(r.latencies, 99).toFixed(1)} | ${total - r.answered} | ${r.twice} | ${non200} | ${r.violations} |`)
  }
} finally {
  await cluster.destroy()
}
console.log(
  [
    `## wenda replicas — ${new Date().toISOString()} — ${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version}`,
    '',
    '| setup | questions | users | updates/s | p50 POST→200 ms | p99 POST→200 ms | unanswered | answered twice | non-200 | fake API violations |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Closed loop on the real corpus, webhook mode: ${userCount} private users each POST a question (bench/questions.txt) to the next replica in turn, wait for the 200 (sent once the answer went out) and ask again. ` +
      'Replicas (bench/replica-child.ts: createBot + startWebhook, pacing off, rate limit lifted but still taken) each run in their own process, PostgreSQL (throwaway, durability off as in the tests) and the fake Bot API in this one; all share the machine\'s cores.',
    '',
  ].join('\n'),
)
