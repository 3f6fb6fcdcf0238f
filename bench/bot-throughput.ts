import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import type { Message } from 'grammy/types'
import { FakeBotApi, type RecordedCall } from '../test/helpers/fake-bot-api.js'
import { createFakeUser, type FakeUser } from '../test/helpers/fake-user.js'
import { percentile } from './report.js'

// npm run bench:bot is not a script (package.json is not mine): run `npx tsx bench/bot-throughput.ts
// [--questions 5000] [--users 500] [--profile]`. Closed loop: each user asks, waits for the reply, asks again,
// until all questions are answered; so the numbers are throughput at `users` concurrent askers.

const { values } = parseArgs({ options: { questions: { type: 'string', default: '5000' }, users: { type: 'string', default: '500' }, corpus: { type: 'string', default: 'corpus' }, profile: { type: 'boolean', default: false } } })
const total = Number(values.questions)
const userCount = Math.min(Number(values.users), total)
const questions = (await readFile(resolve('bench/questions.txt'), 'utf8')).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))

// no flood limits: the bot child runs unpaced, and the bench measures answering, not Telegram's pacing
const api = await FakeBotApi.start({ limits: false })
const asked = new Map<string, { at: number; user: FakeUser }>()
const replies = new Map<string, number>()
const latencies: number[] = []
const problems: string[] = []
let sent = 0
let answered = 0
let finish: () => void = () => {}
const done = new Promise<void>((resolve) => (finish = resolve))

function ask(user: FakeUser): void {
  const message: Message = user.say(questions[sent % questions.length]!)
  sent++
  asked.set(`${user.chat.id}:${message.message_id}`, { at: performance.now(), user })
}

// The fake records each call in `calls`; hooking its push sees every reply the moment it arrives
// without the O(calls) scans of waitForCall.
const record = api.calls.push.bind(api.calls)
api.calls.push = (...calls: RecordedCall[]) => {
  for (const call of calls) if (call.method === 'sendMessage' && call.fault === undefined) onReply(call)
  return record(...calls)
}

function onReply(call: RecordedCall): void {
  const key = `${Number(call.params.chat_id)}:${call.params.reply_parameters?.message_id}`
  const question = asked.get(key)
  if (question === undefined) return void problems.push(`reply to an unknown message ${key}`)
  const count = (replies.get(key) ?? 0) + 1
  replies.set(key, count)
  if (count > 1) return void problems.push(`second reply to ${key}`)
  latencies.push(performance.now() - question.at)
  answered++
  if (sent < total) ask(question.user)
  if (answered === total) finish()
}

const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', resolve('bench/out/profiles/bot')] : []
// Node's flags as `npm start` gives them (package.json)
const child = spawn(process.execPath, ['--v8-pool-size=0', '--max-semi-space-size=32', '--import', 'tsx', ...profile, resolve('bench/bot-child.ts'), '--api', api.url, '--corpus', resolve(values.corpus!), '--index', resolve('bench/out/index-bot')], {
  stdio: ['pipe', 'pipe', 'inherit'],
})
const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
if ((await lines.next()).value !== 'ready') throw new Error('bot child did not start')
const started = performance.now()
const users = Array.from({ length: userCount }, (_, i) => createFakeUser(api, { id: 10_000 + i }))
for (const user of users) ask(user)
const timeout = setTimeout(() => finish(), 120_000)
await done
clearTimeout(timeout)
const seconds = (performance.now() - started) / 1000
await new Promise((r) => setTimeout(r, 300)) // late duplicates would show up here
child.stdin!.end()
const memory = JSON.parse(((await lines.next()).value as string) ?? '{}') as { rssMB?: number }
await api.close()

const unanswered = total - answered
const result = [
  `# wenda bot throughput — ${new Date().toISOString()} — ${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version}`,
  '',
  '| questions | users | updates/s | p50 update→reply ms | p99 update→reply ms | unanswered | answered twice | fake API violations | bot RSS MB |',
  '|---|---|---|---|---|---|---|---|---|',
  `| ${total} | ${userCount} | ${(answered / seconds).toFixed(0)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${unanswered} | ${problems.filter((p) => p.startsWith('second')).length} | ${api.violations.length} | ${memory.rssMB?.toFixed(0) ?? '—'} |`,
  '',
  `Closed loop on the real corpus: ${userCount} private users each ask (questions from bench/questions.txt), wait for the reply and ask again. ` +
    'The bot (createBot + startPolling: @grammyjs/runner, per-chat sequentialize, auto-retry, info logging written nowhere, rate limit lifted) runs in its own process; ' +
    'the fake Bot API (test/helpers/fake-bot-api.ts, which also validates every reply\'s HTML) in this one. update→reply: user message queued → its sendMessage received.',
  '',
]
console.log(result.join('\n'))
for (const problem of [...problems, ...api.violations].slice(0, 10)) console.error(`bench: ${problem}`)
process.exitCode = unanswered === 0 && problems.length === 0 ? 0 : 1
