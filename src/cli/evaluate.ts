import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createPlainJiebaTokenizer } from '../adapters/jieba.js'
import { readCorpus } from '../adapters/corpus-files.js'
import { defaultStopWords } from '../core/text/stop-words.js'
import type { Library } from '../core/library.js'
import type { Answer } from '../core/types.js'
import { createBaselineAnswerer } from '../eval/baseline.js'
import { roundFigures, type Figures } from '../eval/figures.js'
import { defaultSets, figuresFile, groupByCorpus, judgeSet, readQuestionSets, type QuestionSet } from '../eval/measure-sets.js'
import { applyThreshold, groupByType, judgeAnswer, summarize, type Metrics, type QuestionOutcome } from '../eval/metrics.js'
import type { EvalQuestion } from '../eval/question-set.js'
import { openCliLibrary, type CliLibrary } from './open-cli-library.js'
import { openLibrary } from '../app/open-library.js'
import type { AnswererOptions } from '../core/create-answerer.js'
import { addDotenv, defaultPaths, logToStderr, readDatabaseUrls } from './paths.js'

const pct = (x: number) => x.toFixed(3)

function metricsRow(name: string, m: Metrics): string {
  return `| ${name} | ${m.answerable}+${m.unanswerable} | ${pct(m.hit1)} | ${pct(m.hit3)} | ${pct(m.mrr)} | ${pct(m.sentence1)} | ${pct(m.declined)} | ${pct(m.falseAbstention)} |`
}

const header = '| system | questions (ans+unans) | Hit@1 | Hit@3 | MRR@5 | sentence@1 | unanswerable declined | answerable declined |\n|---|---|---|---|---|---|---|---|'

function report(set: string, wenda: QuestionOutcome[], baseline: QuestionOutcome[] | undefined, verbose: boolean): string {
  const lines = [`\n## ${set}\n`, header, metricsRow('wenda', summarize(wenda))]
  if (baseline) {
    const [w, b] = [summarize(wenda), summarize(baseline)]
    lines.push(metricsRow('baseline (jieba cutForSearch + MiniSearch)', b))
    const ratio = (x: number, y: number) => (y === 0 ? '—' : `${(x / y).toFixed(2)}×`)
    lines.push(`| wenda / baseline | | ${ratio(w.hit1, b.hit1)} | ${ratio(w.hit3, b.hit3)} | ${ratio(w.mrr, b.mrr)} | ${ratio(w.sentence1, b.sentence1)} | ${ratio(w.declined, b.declined)} | |`)
  }
  const declined = wenda.filter((o) => !o.question.unanswerable && o.abstained)
  if (declined.length > 0) {
    const offered = declined.filter((o) => o.relatedRank > 0).length
    lines.push(`\nwrongly declined: ${declined.length}; the answer was still among the passages offered as maybe related for ${offered}`)
  }
  lines.push('\nper type (wenda):\n', header.replace('system', 'type'))
  for (const [type, outcomes] of [...groupByType(wenda)].sort()) lines.push(metricsRow(type, summarize(outcomes)))
  if (verbose) lines.push('', ...wenda.filter(isMiss).map(describeMiss))
  return lines.join('\n')
}

const sweepThresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]

// One row per abstention threshold: what declining below it would cost and gain.
function reportSweep(set: string, questions: EvalQuestion[], answers: Answer[]): string {
  const lines = [`\n## ${set} — abstention threshold sweep\n`, header.replace('system', 'threshold')]
  for (const t of sweepThresholds) {
    const outcomes = questions.map((q, i) => judgeAnswer(q, applyThreshold(answers[i]!, t)))
    lines.push(metricsRow(t.toFixed(2), summarize(outcomes)))
  }
  return lines.join('\n')
}

function isMiss(o: QuestionOutcome): boolean {
  return o.question.unanswerable ? !o.abstained : o.rank !== 1 || !o.sentenceHit
}

function describeMiss(o: QuestionOutcome): string {
  const what = o.question.unanswerable ? 'answered an unanswerable' : o.abstained ? 'declined' : o.rank !== 1 ? `rank ${o.rank || '>k'}` : 'sentence'
  return `- ${o.question.id} [${what}] ${o.question.q} → ${o.question.answers.join(' / ')}`
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      baseline: { type: 'boolean', default: true },
      'no-baseline': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      sweep: { type: 'boolean' },
      record: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  })
  const questionSets = await readQuestionSets(values.set ?? defaultSets)
  if (questionSets.length === 0) {
    logToStderr('eval: no question set found (give one with --set FILE)')
    return 2
  }
  const sweep = values.sweep === true
  if (values.record === true && (sweep || values.set !== undefined)) {
    logToStderr('eval: --record writes the figures of the default sets; leave out --set and --sweep')
    return 2
  }
  if (values.record === true && readDatabaseUrls(addDotenv(process.env)) !== undefined) {
    logToStderr('eval: --record writes the embedded engine\'s figures, which the quality test holds; unset DATABASE_URL')
    return 2
  }
  // the baseline answers everything first: jieba's dictionary is process-wide, and opening wenda
  // inserts the corpus' own words into it, which would make the baseline no longer plain jieba
  const groups = groupByCorpus(questionSets)
  let baseline: Map<string, QuestionOutcome[]> | undefined
  if (!values['no-baseline'] && !sweep) {
    baseline = new Map()
    for (const group of groups) {
      const answer = createBaselineAnswerer((await readCorpus(group.corpusDir ?? defaultPaths.corpusDir)).articles, createPlainJiebaTokenizer(), defaultStopWords)
      for (const { name, questions } of group.sets) baseline.set(name, await judgeSet(questions, (q) => answer(q, 5)))
    }
  }
  const flags = { sweep, json: values.json === true, verbose: values.verbose === true }
  const figures: Figures = {}
  for (const group of groups) {
    // a sweep needs every answer's confidence, so nothing is declined up front
    const opened = await openCorpusLibrary(group.corpusDir, sweep ? { minConfidence: 0, reasonMargin: 0 } : {})
    try {
      Object.assign(figures, await measure(opened.library, opened.where, group.sets, baseline, flags))
    } finally {
      await opened.close()
    }
  }
  if (flags.json) process.stdout.write(`${JSON.stringify(roundFigures(figures))}\n`)
  if (values.record === true) {
    await writeFile(figuresFile, `${JSON.stringify(roundFigures(figures), null, 2)}\n`)
    logToStderr(`eval: figures of ${Object.keys(figures).length} sets written to ${figuresFile}; commit them with the change that moved them, saying why`)
  }
  return 0
}

// The project's corpus as `ask` opens it; another corpus (a set's own) in a fresh index of its
// own, embedded even with DATABASE_URL set, removed when done.
async function openCorpusLibrary(corpusDir: string | undefined, answerer: Partial<AnswererOptions>): Promise<CliLibrary> {
  if (corpusDir === undefined) return openCliLibrary({ answerer })
  const indexDir = await mkdtemp(join(tmpdir(), 'wenda-eval-'))
  const close = () => rm(indexDir, { recursive: true, force: true })
  try {
    // its index is built afresh every time: say nothing of that, only of a file it cannot read
    const log = (message: string) => (message.startsWith('index:') ? undefined : logToStderr(message))
    return { library: await openLibrary({ corpusDir, indexDir, log, answerer }), where: corpusDir, close }
  } catch (error) {
    await close()
    throw error
  }
}

interface MeasureFlags {
  sweep: boolean
  json: boolean
  verbose: boolean
}

async function measure(library: Library, where: string, questionSets: QuestionSet[], baseline: Map<string, QuestionOutcome[]> | undefined, flags: MeasureFlags): Promise<Figures> {
  const { sweep } = flags
  // --json: only the figures, one JSON object on stdout (what a test compares across backends)
  const print = flags.json ? () => {} : (text: string) => console.log(text)
  print(`# wenda eval — ${library.articleCount} articles, ${library.passageCount} passages (${where})`)
  const figures: Figures = {}
  for (const { name, questions } of questionSets) {
    if (sweep) {
      const answers: Answer[] = []
      for (const q of questions) answers.push(await library.answer(q.q, { limit: 5, previous: q.previous }))
      print(reportSweep(name, questions, answers))
      continue
    }
    const wenda = await judgeSet(questions, (q, previous) => library.answer(q, { limit: 5, previous }))
    figures[name] = summarize(wenda)
    print(report(name, wenda, baseline?.get(name), flags.verbose))
  }
  return figures
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    logToStderr(`eval: ${(error as Error).message}`)
    process.exitCode = 1
  },
)
