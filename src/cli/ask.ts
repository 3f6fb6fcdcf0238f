import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import type { Library } from '../core/library.js'
import type { Answer, Hit } from '../core/types.js'
import { openCliLibrary } from './open-cli-library.js'
import { logToStderr } from './paths.js'
import { formatAnswerText } from './format-answer-text.js'

const usage = `usage: npm run ask -- [--json] [--limit N] [--explain] "问题"
       npm run -s ask -- --json < questions.txt   (one question per line → one JSON line each)`

/** The JSON line for one answer: the contract other tools rely on. */
export function toJsonLine(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    abstained: answer.abstained,
    results: answer.results.map(toJsonHit),
    // only when abstained: passages that came close, never to be read as the answer
    ...(answer.abstained && { related: (answer.related ?? []).map(toJsonHit) }),
    // only when a person the question described was asked about by name: the words and the name
    ...(answer.described && { described: answer.described }),
  })
}

function toJsonHit(hit: Hit) {
  return {
    text: hit.text,
    sentence: hit.sentence,
    terms: hit.terms,
    score: hit.score,
    source: {
      id: hit.source.id,
      title: hit.source.title,
      newspaper: hit.source.newspaper,
      date: hit.source.date,
      page: hit.source.page,
      paragraph: hit.source.paragraph,
      firstParagraph: hit.source.firstParagraph ?? hit.source.paragraph,
      lastParagraph: hit.source.lastParagraph ?? hit.source.paragraph,
      kind: hit.source.kind ?? 'body',
      heading: hit.source.heading,
      passageId: hit.source.passageId,
    },
  }
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, explain: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    logToStderr(`${(error as Error).message}\n${usage}`)
    return 2
  }
  if (args.values.help) {
    logToStderr(usage)
    return 0
  }
  const limit = Number(args.values.limit ?? 3)
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    logToStderr(`ask: --limit takes a whole number from 1 to 50, not ${JSON.stringify(args.values.limit)}\n${usage}`)
    return 2
  }
  const question = args.positionals.join(' ').trim()
  if (question === '' && !args.values.json) {
    logToStderr(usage)
    return 2
  }
  const opened = await openCliLibrary()
  try {
    return await answerAll(opened.library, question, limit, args.values)
  } finally {
    await opened.close()
  }
}

async function answerAll(library: Library, question: string, limit: number, flags: { json?: boolean; explain?: boolean }): Promise<number> {
  const print = async (q: string) => {
    const answer = await library.answer(q, { limit })
    process.stdout.write(flags.json ? `${toJsonLine(answer)}\n` : `${formatAnswerText(answer, undefined, { bold: process.stdout.isTTY === true })}\n`)
  }
  if (question !== '' && flags.explain) {
    process.stdout.write(`${JSON.stringify(await library.explain(question), null, 1)}\n`)
    return 0
  }
  if (question !== '') {
    await print(question)
    return 0
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() !== '') await print(line.trim())
  }
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    logToStderr(`ask: ${(error as Error).message}`)
    process.exitCode = 1
  },
)
