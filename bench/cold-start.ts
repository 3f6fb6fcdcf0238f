import { parseArgs } from 'node:util'
import { openLibrary } from '../src/app/open-library.js'

// Cold start as a user meets it: a fresh process opens the corpus and saved index (jieba's
// dictionary load included) and answers one question; bench/run.ts times spawn → this line.
// (The baseline's cold start is taken inside measure.ts --mode baseline, which builds in memory.)
const { values } = parseArgs({ options: { corpus: { type: 'string' }, index: { type: 'string' }, question: { type: 'string' } } })
const question = values.question ?? '派出所做了什么？'
const library = await openLibrary({ corpusDir: values.corpus!, indexDir: values.index!, log: () => {} })
console.log(JSON.stringify({ abstained: (await library.answer(question)).abstained, uptimeMs: process.uptime() * 1000 }))
