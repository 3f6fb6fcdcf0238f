import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTemporaryDirectory } from './temporary-directory.js'

/** One short article in the corpus Markdown format, for the command-line end-to-end tests. */
export const oneArticle = `---
id: "t1"
title: 红巷派出所的一天
newspaper: 测试报
date: 2021-07-01
page: "4"
---

红巷派出所成立于1922年，位于杭州市上城区。

所里有民警25名，辅警40名，守护着3万居民。
`

/** A fresh temporary corpus folder holding {@link oneArticle}, and an index folder beside it. */
export function makeOneArticleCorpus(): { root: string; corpusDir: string; indexDir: string } {
  const root = makeTemporaryDirectory('wenda-cli-')
  const corpusDir = join(root, 'corpus')
  mkdirSync(corpusDir)
  writeFileSync(join(corpusDir, 't1.md'), oneArticle)
  return { root, corpusDir, indexDir: join(root, 'index') }
}
