/** What was measured on one corpus (fields of the child processes' JSON lines). */
export interface CorpusResult {
  name: string
  textBytes: number
  indexBytes: number
  build: Record<string, unknown>
  serve: Record<string, unknown>
  update: Record<string, unknown>
  baseline: Record<string, unknown>
  coldMs: number
  baselineColdMs: number
}

/** How the run was made, printed above the tables. */
export interface RunInfo {
  machine: string
  date: string
  rounds: number
  quick: boolean
  totalSeconds: number
  /** The 1-minute load average over the run (sampled every 10 s), as `uptime` shows it. */
  load?: { mean: number; max: number }
}

/** The nearest-rank percentile of `samples` (0 < p ≤ 100); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const num = (v: unknown) => Number(v)
const mb = (bytes: number) => bytes / 2 ** 20
const f = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—')
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—')

function latency(result: Record<string, unknown>): { p50: number; p95: number; p99: number } {
  const samples = (result.samples as number[] | undefined) ?? []
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) }
}

/** Markdown: a wenda table, a baseline table and the wenda/baseline ratios, one row per corpus. */
export function formatReport(results: readonly CorpusResult[], info: RunInfo): string {
  const lines = [
    `# wenda benchmark${info.quick ? ' (quick)' : ''}`,
    '',
    `${info.date} — ${info.machine}. Whole run ${f(info.totalSeconds, 0)} s${info.load === undefined ? '' : `, load average ${f(info.load.mean, 1)} (at most ${f(info.load.max, 1)})`}. Rerun with \`npm run bench\` (\`-- --quick\` for a smoke run, \`-- --sizes 1k,10k\` for some sizes).`,
    '',
    '## wenda (openLibrary: read corpus → analyze → build → save; answers through the full pipeline)',
    '',
    '| corpus | articles | passages | distinct terms | text MB | build s | MB/s | index MB | load s (yielding) | cold start s | answered | same first | p50 ms | p95 ms | p99 ms | heap MB | RSS MB | build peak RSS MB | one article re-indexed s (longest block ms) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const r of results) {
    const buildS = num(r.build.buildMs) / 1000
    const l = latency(r.serve)
    lines.push(
      `| ${r.name} | ${num(r.build.articles)} | ${num(r.build.passages)} | ${num(r.build.terms)} | ${f(mb(r.textBytes))} | ${f(buildS)} | ${f(mb(r.textBytes) / buildS)} | ${f(mb(r.indexBytes))} | ${f(num(r.serve.loadMs) / 1000)} (${f(num(r.serve.yieldingLoadMs) / 1000)}) | ${f(r.coldMs / 1000)} | ${num(r.serve.answered)}/${num(r.serve.questions)} | ${num(r.serve.sameFirst)}/${num(r.serve.questions)} | ${f(l.p50)} | ${f(l.p95)} | ${f(l.p99)} | ${f(num(r.serve.heapMB), 0)} | ${f(num(r.serve.rssMB), 0)} | ${f(num(r.build.peakRssMB), 0)} | ${r.update.reloadMs === undefined ? '—' : `${f(num(r.update.reloadMs) / 1000)}${r.update.inPlace === true ? '' : ' (rebuilt)'} (${f(num(r.update.maxBlockMs), 0)})`} |`,
    )
  }
  lines.push(
    '',
    '## baseline (plain jieba cutForSearch + MiniSearch, built in memory at start, no saved index)',
    '',
    '| corpus | build s | cold start s | answered | p50 ms | p95 ms | p99 ms | heap MB | RSS MB |',
    '|---|---|---|---|---|---|---|---|---|',
  )
  for (const r of results) {
    const l = latency(r.baseline)
    lines.push(
      `| ${r.name} | ${f(num(r.baseline.buildMs) / 1000)} | ${f(r.baselineColdMs / 1000)} | ${num(r.baseline.answered)}/${num(r.baseline.questions)} | ${f(l.p50)} | ${f(l.p95)} | ${f(l.p99)} | ${f(num(r.baseline.heapMB), 0)} | ${f(num(r.baseline.rssMB), 0)} |`,
    )
  }
  lines.push('', '## wenda / baseline', '', '| corpus | build | cold start | p50 | p95 | p99 | RSS |', '|---|---|---|---|---|---|---|')
  for (const r of results) {
    const [w, b] = [latency(r.serve), latency(r.baseline)]
    lines.push(
      `| ${r.name} | ${ratio(num(r.build.buildMs), num(r.baseline.buildMs))} | ${ratio(r.coldMs, r.baselineColdMs)} | ${ratio(w.p50, b.p50)} | ${ratio(w.p95, b.p95)} | ${ratio(w.p99, b.p99)} | ${ratio(num(r.serve.rssMB), num(r.baseline.rssMB))} |`,
    )
  }
  lines.push(
    '',
    'Notes: synthetic corpora recombine the real corpus\' sentences (seeded; places, people and numbers varied per article) and are written as corpus Markdown under bench/out/; the zipf ones also draw sentences of words from jieba\'s dictionary by frequency, so their vocabulary grows with their size as news text does. Distinct terms: what MiniSearch indexes. Same first: questions whose first answer (or decline) is that of a search reading every posting of every question term, i.e. what the posting budget costs. ' +
      `Latency: timed passes over bench/questions.txt after one warm-up pass, in a fresh process that opened the saved index: at least ${info.rounds}, and more until 2,000 answers or 10 s of answering (the same for the baseline). ` +
      'Cold start: spawn → first answer printed (tsx start-up, corpus read, jieba dictionary load, saved index load); the baseline\'s is its measuring process\' uptime at its first answer (it builds in memory). ' +
      'MB/s is corpus Markdown bytes (UTF-8) over the whole rebuilding open. Heap and RSS are taken once the answers are done, after two full GCs a tick apart (memory outside the heap is freed in between). The index MB counts index.json, sentence-terms.bin, their manifest and the parsed-corpus cache corpus.json. Load: reading the saved files and loading them in one go, as a start does; in parentheses yielding to other work every 1,000 entries (MiniSearch\'s async loader), as a reload does while the old index answers; hash checks left out.',
    '',
  )
  return lines.join('\n')
}
