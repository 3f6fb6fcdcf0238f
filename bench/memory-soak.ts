import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { openLibraryWithProblems } from '../src/app/open-library.js'

// Memory under varied traffic, which the serve row (40 questions asked five times) does not show:
// every question of the given sets (JSON lines with a "q", or plain lines) asked once, then idle.
// Run with npm start's flags: node --v8-pool-size=0 --max-semi-space-size=32 --import tsx --expose-gc bench/memory-soak.ts
//   --corpus bench/out/corpus-100k-zipf --index bench/out/index-100k-zipf test/fixtures/*.jsonl
// Prints one JSON line: RSS when opened, its highest while answering, right after, and after idling.

const { values, positionals } = parseArgs({
  options: { corpus: { type: 'string' }, index: { type: 'string' }, idle: { type: 'string', default: '20' } },
  allowPositionals: true,
})

async function readQuestions(files: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const file of files) {
    for (const line of (await readFile(file, 'utf8')).split('\n').map((l) => l.trim())) {
      if (line === '' || line.startsWith('#')) continue
      const q = line.startsWith('{') ? (JSON.parse(line) as { q?: unknown }).q : line
      if (typeof q === 'string') out.push(q)
    }
  }
  return out
}

// VmRSS and VmHWM (the highest RSS so far) from the kernel, in MB
async function rss(): Promise<{ rss: number; highest: number }> {
  const status = await readFile('/proc/self/status', 'utf8')
  const field = (name: string) => Math.round(Number(/^\w+:\s+(\d+)/.exec(status.split('\n').find((l) => l.startsWith(name)) ?? '')?.[1] ?? 0) / 1024)
  return { rss: field('VmRSS'), highest: field('VmHWM') }
}

const questions = await readQuestions(positionals)
const { library } = await openLibraryWithProblems({ corpusDir: values.corpus!, indexDir: values.index!, log: () => {} })
const opened = await rss()
const cpu = process.cpuUsage()
for (const q of questions) await library.answer(q)
const used = process.cpuUsage(cpu)
const answered = await rss()
// V8 returns memory it no longer needs once the process has been idle a while (its memory reducer)
await new Promise((resolve) => setTimeout(resolve, Number(values.idle) * 1000))
const idle = await rss()
const heapMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20)
// the library read after idling, so that it is still held while idle (else the idle RSS is that of a process that dropped its index)
console.log(JSON.stringify({ passages: library.passageCount, questions: questions.length, cpuMsPerAnswer: (used.user + used.system) / 1000 / questions.length, openedMB: opened.rss, highestMB: answered.highest, answeredMB: answered.rss, idleMB: idle.rss, idleSeconds: Number(values.idle), heapMB }))
