import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/app/open-library.js'
import type { Library } from '../../src/core/library.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { makeTemporaryDirectory } from '../helpers/temporary-directory.js'
import { startHarness, type Harness } from './bot-harness.js'

// The passage giving the age names the officer, never his role: only the one before binds the two.
const street = `---
id: "s1"
title: 老街上的“活地图”
newspaper: 江城晚报
date: 2025-03-01
page: "6"
---

在老城区的青石街，提起社区民警王建国，几乎无人不知。他在这条街上一干就是31年，哪家有几口人、哪户老人独居、哪条巷子夜里没有路灯，他都记得清清楚楚，被居民们亲切地称为“活地图”。

王建国今年58岁，明年春天就要退休了。说起退休后的打算，他笑着说，还是放心不下街上那些独居的老人，以后有空还会常回来转转，陪他们说说话，帮他们修修水管、换换灯泡。
`

let library: Library
let dataDir: string
let h: Harness

beforeAll(async () => {
  const root = makeTemporaryDirectory('wenda-described-')
  mkdirSync(join(root, 'corpus'))
  writeFileSync(join(root, 'corpus', 's1.md'), street)
  library = await openLibrary({ corpusDir: join(root, 'corpus'), indexDir: join(root, 'index'), log: () => {} })
  dataDir = join(root, 'data')
  h = await startHarness(library, dataDir)
})

afterAll(async () => {
  await h?.stop()
})

describe('the bot, asked about a person described rather than named', () => {
  it('answers by the name the article gives the role, and says which name it read the description as', async () => {
    const user = createFakeUser(h.api)
    const question = user.say('青石街那个老民警多大岁数？')
    const reply = await h.api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === question.message_id)
    expect(reply.params.text.startsWith('<i>（青石街那个老民警：按文中的王建国来答）</i>')).toBe(true)
    expect(reply.params.text).toContain('58岁')
    expect(h.api.violations).toEqual([])
  })
})
