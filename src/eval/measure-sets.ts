import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { Answer } from '../core/types.js'
import { judgeAnswer, summarize, type QuestionOutcome } from './metrics.js'
import type { Figures } from './figures.js'
import { parseQuestionSet, type EvalQuestion } from './question-set.js'

/**
 * The question sets `npm run eval` and the quality test read, relative to the project: the
 * project's own (questions and tuning2–21 are tuned on; holdout, fresh, blind3–21 and nearmiss–nearmiss3
 * were written blind and are never tuned on), the two-turn follow-up sets (followups-tuning and -tuning2 are tuned on,
 * followups was written blind and is not), the sets on the made-up corpora beside them (those named
 * *-tuning* are tuned on, *-blind* are not: all written blind)
 * and dev.jsonl when ../shared sits beside the project.
 */
export const defaultSets = [
  'test/fixtures/questions.jsonl',
  'test/fixtures/tuning2.jsonl',
  'test/fixtures/tuning3.jsonl',
  'test/fixtures/tuning4.jsonl',
  'test/fixtures/tuning5.jsonl',
  'test/fixtures/tuning6.jsonl',
  'test/fixtures/tuning7.jsonl',
  'test/fixtures/tuning8.jsonl',
  'test/fixtures/tuning9.jsonl',
  'test/fixtures/tuning10.jsonl',
  'test/fixtures/tuning11.jsonl',
  'test/fixtures/tuning12.jsonl',
  'test/fixtures/tuning13.jsonl',
  'test/fixtures/tuning14.jsonl',
  'test/fixtures/tuning15.jsonl',
  'test/fixtures/tuning16.jsonl',
  'test/fixtures/tuning17.jsonl',
  'test/fixtures/tuning18.jsonl',
  'test/fixtures/tuning19.jsonl',
  'test/fixtures/tuning20.jsonl',
  'test/fixtures/tuning21.jsonl',
  'test/fixtures/holdout.jsonl',
  'test/fixtures/fresh.jsonl',
  'test/fixtures/blind3.jsonl',
  'test/fixtures/blind4.jsonl',
  'test/fixtures/blind5.jsonl',
  'test/fixtures/blind6.jsonl',
  'test/fixtures/blind7.jsonl',
  'test/fixtures/blind8.jsonl',
  'test/fixtures/blind9.jsonl',
  'test/fixtures/blind10.jsonl',
  'test/fixtures/blind11.jsonl',
  'test/fixtures/blind12.jsonl',
  'test/fixtures/blind13.jsonl',
  'test/fixtures/blind14.jsonl',
  'test/fixtures/blind15.jsonl',
  'test/fixtures/blind16.jsonl',
  'test/fixtures/blind17.jsonl',
  'test/fixtures/blind18.jsonl',
  'test/fixtures/blind19.jsonl',
  'test/fixtures/blind20.jsonl',
  'test/fixtures/blind21.jsonl',
  'test/fixtures/nearmiss.jsonl',
  'test/fixtures/nearmiss2.jsonl',
  'test/fixtures/nearmiss3.jsonl',
  'test/fixtures/followups-tuning.jsonl',
  'test/fixtures/followups-tuning2.jsonl',
  'test/fixtures/followups.jsonl',
  'test/fixtures/city/city-tuning.jsonl',
  'test/fixtures/city/city-tuning2.jsonl',
  'test/fixtures/city/city-tuning3.jsonl',
  'test/fixtures/city/city-tuning4.jsonl',
  'test/fixtures/city/city-tuning5.jsonl',
  'test/fixtures/city/city-tuning6.jsonl',
  'test/fixtures/city/city-blind.jsonl',
  'test/fixtures/city/city-blind2.jsonl',
  'test/fixtures/city/city-blind3.jsonl',
  'test/fixtures/city/city-blind4.jsonl',
  'test/fixtures/city/city-blind5.jsonl',
  'test/fixtures/city/city-blind6.jsonl',
  'test/fixtures/coast/coast-tuning.jsonl',
  'test/fixtures/coast/coast-tuning2.jsonl',
  'test/fixtures/coast/coast-tuning3.jsonl',
  'test/fixtures/coast/coast-tuning4.jsonl',
  'test/fixtures/coast/coast-tuning5.jsonl',
  'test/fixtures/coast/coast-blind.jsonl',
  'test/fixtures/coast/coast-blind2.jsonl',
  'test/fixtures/coast/coast-blind3.jsonl',
  'test/fixtures/coast/coast-blind4.jsonl',
  'test/fixtures/coast/coast-blind5.jsonl',
  'test/fixtures/hill/hill-tuning.jsonl',
  'test/fixtures/hill/hill-tuning2.jsonl',
  'test/fixtures/hill/hill-tuning3.jsonl',
  'test/fixtures/hill/hill-tuning4.jsonl',
  'test/fixtures/hill/hill-tuning5.jsonl',
  'test/fixtures/hill/hill-blind.jsonl',
  'test/fixtures/hill/hill-blind2.jsonl',
  'test/fixtures/hill/hill-blind3.jsonl',
  'test/fixtures/hill/hill-blind4.jsonl',
  'test/fixtures/hill/hill-blind5.jsonl',
  'test/fixtures/river/river-tuning.jsonl',
  'test/fixtures/river/river-tuning2.jsonl',
  'test/fixtures/river/river-tuning3.jsonl',
  'test/fixtures/river/river-tuning4.jsonl',
  'test/fixtures/river/river-blind.jsonl',
  'test/fixtures/river/river-blind2.jsonl',
  'test/fixtures/river/river-blind3.jsonl',
  'test/fixtures/river/river-blind4.jsonl',
  'test/fixtures/river/river-blind5.jsonl',
  'test/fixtures/lake/lake-tuning.jsonl',
  'test/fixtures/lake/lake-tuning2.jsonl',
  'test/fixtures/lake/lake-tuning3.jsonl',
  'test/fixtures/lake/lake-blind.jsonl',
  'test/fixtures/lake/lake-blind2.jsonl',
  'test/fixtures/lake/lake-blind3.jsonl',
  'test/fixtures/lake/lake-blind4.jsonl',
  'test/fixtures/lake/lake-blind5.jsonl',
  'test/fixtures/valley/valley-tuning.jsonl',
  'test/fixtures/valley/valley-tuning2.jsonl',
  'test/fixtures/valley/valley-tuning3.jsonl',
  'test/fixtures/valley/valley-blind.jsonl',
  'test/fixtures/valley/valley-blind2.jsonl',
  'test/fixtures/valley/valley-blind3.jsonl',
  'test/fixtures/valley/valley-blind4.jsonl',
  'test/fixtures/plain/plain-tuning.jsonl',
  'test/fixtures/plain/plain-tuning2.jsonl',
  'test/fixtures/plain/plain-blind.jsonl',
  'test/fixtures/plain/plain-blind2.jsonl',
  '../shared/eval/dev.jsonl',
]

/** Where the checked-in figures of every set live. */
export const figuresFile = 'test/fixtures/eval-figures.json'

/**
 * A question set read from its file, named by its file name; asked of the `corpus` folder beside
 * it when there is one (`corpusDir`), otherwise of the project's corpus.
 */
export interface QuestionSet {
  name: string
  questions: EvalQuestion[]
  corpusDir?: string
}

/** Reads the sets among `paths` that exist (resolved against `root`), in order. */
export async function readQuestionSets(paths: readonly string[], root = '.'): Promise<QuestionSet[]> {
  const present = paths.map((p) => resolve(root, p)).filter((p) => existsSync(p))
  return Promise.all(present.map(async (path) => ({ name: basename(path), questions: parseQuestionSet(await readFile(path, 'utf8'), basename(path)), ...besideCorpus(path) })))
}

function besideCorpus(path: string): { corpusDir?: string } {
  const corpusDir = join(dirname(path), 'corpus')
  return existsSync(corpusDir) ? { corpusDir } : {}
}

/** The sets asked of one corpus: the project's when `corpusDir` is undefined. */
export interface CorpusSets {
  corpusDir?: string
  sets: QuestionSet[]
}

/**
 * Sets grouped by the corpus they are asked of, the project's first: opening a corpus teaches
 * jieba its words for the whole process, so the project's sets must be answered before another
 * corpus is opened, for their figures not to depend on which other sets ran.
 */
export function groupByCorpus(sets: readonly QuestionSet[]): CorpusSets[] {
  const groups = new Map<string | undefined, QuestionSet[]>([[undefined, []]])
  for (const set of sets) {
    const grouped = groups.get(set.corpusDir)
    if (grouped === undefined) groups.set(set.corpusDir, [set])
    else grouped.push(set)
  }
  return [...groups].filter(([, grouped]) => grouped.length > 0).map(([corpusDir, grouped]) => (corpusDir === undefined ? { sets: grouped } : { corpusDir, sets: grouped }))
}

/**
 * Asks every question, one after another, and judges each answer; a follow-up question is asked
 * with its `previous` question (as a chat would remember it), which `answer` may ignore.
 */
export async function judgeSet(questions: readonly EvalQuestion[], answer: (question: string, previous?: string) => Answer | Promise<Answer>): Promise<QuestionOutcome[]> {
  const outcomes: QuestionOutcome[] = []
  for (const q of questions) outcomes.push(judgeAnswer(q, await answer(q.q, q.previous)))
  return outcomes
}

/** The figures of every set, answered with up to five results each as the eval does. */
export async function measureSets(sets: readonly QuestionSet[], answer: (question: string, previous?: string) => Promise<Answer>): Promise<Figures> {
  const figures: Figures = {}
  for (const set of sets) figures[set.name] = summarize(await judgeSet(set.questions, answer))
  return figures
}
