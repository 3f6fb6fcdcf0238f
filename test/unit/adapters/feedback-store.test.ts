import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFeedbackStore, feedbackFile } from '../../../src/adapters/feedback-store.js'
import { makeTemporaryDirectory } from '../../helpers/temporary-directory.js'

const fixedNow = () => new Date('2026-11-22T10:00:00Z')
const freshDir = async () => makeTemporaryDirectory('wenda-fb-')

describe('createFeedbackStore', () => {
  it('appends one JSON line per tap with a hashed user and no other personal data', async () => {
    const dir = await freshDir()
    const store = createFeedbackStore(join(dir, 'data'), fixedNow)
    await store.tap({ passageId: 't1#2', vote: 1, userId: 424242 })
    await store.tap({ passageId: 't1#3', vote: -1, userId: 424242 })
    const lines = (await readFile(join(dir, 'data', feedbackFile), 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    const first = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(Object.keys(first).sort()).toEqual(['passage', 'time', 'user', 'vote'])
    expect(first).toMatchObject({ time: '2026-11-22T10:00:00.000Z', passage: 't1#2', vote: 1 })
    expect(first.user).toMatch(/^[0-9a-f]{16}$/)
    expect(lines.join('\n')).not.toContain('424242')
    expect(await store.counts()).toEqual({ up: 1, down: 1 })
  })

  it('keeps one vote per user and passage: the other thumb replaces it, the same thumb withdraws it', async () => {
    const store = createFeedbackStore(await freshDir())
    expect(await store.tap({ passageId: 'a#1', vote: 1, userId: 7 })).toBe(1)
    expect(await store.tap({ passageId: 'a#1', vote: -1, userId: 7 })).toBe(-1)
    expect(await store.counts()).toEqual({ up: 0, down: 1 })
    expect(await store.tap({ passageId: 'a#1', vote: -1, userId: 7 })).toBe(0)
    expect(await store.counts()).toEqual({ up: 0, down: 0 })
    expect(await store.tap({ passageId: 'a#1', vote: 1, userId: 8 })).toBe(1)
    expect(await store.counts()).toEqual({ up: 1, down: 0 })
    expect((await store.readAll()).map((e) => e.vote)).toEqual([1, -1, 0, 1])
  })

  it('counts thirty quick taps of one user as one standing vote or none', async () => {
    const store = createFeedbackStore(await freshDir())
    const taps = await Promise.all(Array.from({ length: 30 }, () => store.tap({ passageId: 'a#1', vote: 1, userId: 7 })))
    expect(taps).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 1 : 0)))
    expect(await store.counts()).toEqual({ up: 0, down: 0 })
  })

  it('reads a file written before votes could be withdrawn: every line kept, the last per user and passage counting', async () => {
    const dir = await freshDir()
    await mkdir(dir, { recursive: true })
    const old = (passage: string, vote: number, user: string) => JSON.stringify({ time: '2026-01-01T00:00:00.000Z', passage, vote, user })
    await writeFile(join(dir, feedbackFile), [old('a#1', 1, 'u1'), old('a#1', 1, 'u1'), old('a#1', -1, 'u2'), old('b#2', 1, 'u1'), ''].join('\n'))
    const store = createFeedbackStore(dir)
    expect(await store.readAll()).toHaveLength(4)
    expect(await store.counts()).toEqual({ up: 2, down: 1 })
  })

  it('picks up the votes standing in the file when a new store opens it', async () => {
    const dir = await freshDir()
    await createFeedbackStore(dir).tap({ passageId: 'a#1', vote: 1, userId: 7 })
    const reopened = createFeedbackStore(dir)
    expect(await reopened.counts()).toEqual({ up: 1, down: 0 })
    expect(await reopened.tap({ passageId: 'a#1', vote: 1, userId: 7 })).toBe(0)
    const [a, b] = await reopened.readAll()
    expect(a!.user).toBe(b!.user)
  })

  it('skips a torn last line and keeps the complete ones when reading', async () => {
    const dir = await freshDir()
    const store = createFeedbackStore(dir)
    await store.tap({ passageId: 'a#1', vote: -1, userId: 1 })
    await appendFile(join(dir, feedbackFile), '{"time":"2026-11-22T1')
    expect(await store.readAll()).toHaveLength(1)
    expect(await createFeedbackStore(dir).counts()).toEqual({ up: 0, down: 1 })
  })

  it('returns no entries and no votes when nothing was recorded yet', async () => {
    const store = createFeedbackStore(join(await freshDir(), 'missing'))
    expect(await store.readAll()).toEqual([])
    expect(await store.counts()).toEqual({ up: 0, down: 0 })
  })

  it('keeps every line whole when many users vote at once', async () => {
    const dir = await freshDir()
    const store = createFeedbackStore(dir)
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.tap({ passageId: `a#${i}`, vote: 1, userId: i })))
    expect(await createFeedbackStore(dir).readAll()).toHaveLength(200)
    expect(await store.counts()).toEqual({ up: 200, down: 0 })
  })
})
