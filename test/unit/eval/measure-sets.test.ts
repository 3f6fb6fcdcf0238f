import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { groupByCorpus, readQuestionSets, type QuestionSet } from '../../../src/eval/measure-sets.js'
import { makeTemporaryDirectory } from '../../helpers/temporary-directory.js'

const line = '{"id":"x-001","q":"红都义警有多少人？","answers":["120余名"],"doc":"002","type":"how_many"}\n'
const set = (name: string, corpusDir?: string): QuestionSet => ({ name, questions: [], ...(corpusDir === undefined ? {} : { corpusDir }) })

describe('readQuestionSets', () => {
  it('asks a set of the corpus folder beside it, and one with none beside it of the project\'s', async () => {
    const root = makeTemporaryDirectory('wenda-sets-')
    mkdirSync(join(root, 'city', 'corpus'), { recursive: true })
    writeFileSync(join(root, 'city', 'city.jsonl'), line)
    writeFileSync(join(root, 'own.jsonl'), line)
    const sets = await readQuestionSets(['own.jsonl', 'city/city.jsonl', 'missing.jsonl'], root)
    expect(sets.map((s) => [s.name, s.corpusDir])).toEqual([['own.jsonl', undefined], ['city.jsonl', join(root, 'city', 'corpus')]])
  })
})

describe('groupByCorpus', () => {
  it('puts the sets asked of the project\'s corpus first, whatever their order, then each other corpus\'s', () => {
    const groups = groupByCorpus([set('city.jsonl', '/c'), set('a.jsonl'), set('town.jsonl', '/t'), set('b.jsonl'), set('city2.jsonl', '/c')])
    expect(groups.map((g) => [g.corpusDir, g.sets.map((s) => s.name)])).toEqual([
      [undefined, ['a.jsonl', 'b.jsonl']],
      ['/c', ['city.jsonl', 'city2.jsonl']],
      ['/t', ['town.jsonl']],
    ])
  })

  it('leaves out the project\'s group when no set is asked of it', () => {
    expect(groupByCorpus([set('city.jsonl', '/c')]).map((g) => g.corpusDir)).toEqual(['/c'])
  })
})
