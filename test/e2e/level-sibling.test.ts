import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/app/open-library.js'
import type { Library } from '../../src/core/library.js'
import { makeTemporaryDirectory } from '../helpers/temporary-directory.js'

// Real jieba cuts the level from the word it qualifies (市/财政, 县/财政投入): no term of the
// question is a sibling of one in the text, so the text itself is read.
const article = `---
id: "v1"
title: 无人机送快递进山村
newspaper: 云谷日报
date: 2025-08-20
page: "3"
---

青岗县无人机配送项目今年8月启用，开通4条航线。该项目总投入460万元，其中县财政投入180万元，邮政公司投入280万元，共购置无人机6架。
`

let library: Library

beforeAll(async () => {
  const root = makeTemporaryDirectory('wenda-level-')
  mkdirSync(join(root, 'corpus'))
  writeFileSync(join(root, 'corpus', 'v1.md'), article)
  library = await openLibrary({ corpusDir: join(root, 'corpus'), indexDir: join(root, 'index'), log: () => {} })
})

describe('a question naming one administrative level of a body (市财政)', () => {
  it('declines when the article gives only another level (县财政), and answers the level it gives', async () => {
    expect((await library.answer('青岗县无人机配送项目里市财政投了多少钱？')).abstained).toBe(true)
    const answer = await library.answer('青岗县无人机配送项目里县财政投了多少钱？')
    expect([answer.abstained, answer.results[0]?.sentence.includes('180万元')]).toEqual([false, true])
  })
})
