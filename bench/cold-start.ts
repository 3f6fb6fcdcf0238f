import { parseArgs } from 'node:util'
import { createPlainJiebaTokenizer } from '../src/adapters/jieba.js'
import { readCorpus } from '../src/adapters/corpus-files.js'
import { openLibrary } from '../src/app/open-library.js'
import { defaultStopWords } from '../src/core/stop-words.js'
import { createBaselineAnswerer } from '../src/eval/baseline.js'

// Cold start as a user meets it: a fresh process opens the corpus and saved index (jieba's
// dictionary load included) and answers one question; bench/run.ts times spawn → this line.
const { values } = parseArgs({ options: { corpus: { type: 'string' }, index: { type: 'string' }, question: { type: 'string' }, baseline: { type: 'boolean' } } })
const question = values.question ?? '派出所做了什么？'
let answer: (q: string) => { abstained: boolean }
if (values.baseline) {
  const { articles } = await readCorpus(values.corpus!)
  answer = createBaselineAnswerer(articles, createPlainJiebaTokenizer(), defaultStopWords)
} else {
  const library = await openLibrary({ corpusDir: values.corpus!, indexDir: values.index!, log: () => {} })
  answer = (q) => library.answer(q)
}
console.log(JSON.stringify({ abstained: answer(question).abstained, uptimeMs: process.uptime() * 1000 }))
