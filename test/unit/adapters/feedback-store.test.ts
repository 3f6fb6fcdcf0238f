import { appendFile, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFeedbackStore, feedbackFile } from '../../../src/adapters/feedback-store.js'

const fixedNow = () => new Date('2026-11-22T10:00:00Z')

describe('createFeedbackStore', () => {
  it('appends one JSON line per vote with a hashed user and no other personal data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wenda-fb-'))
    const store = createFeedbackStore(join(dir, 'data'), fixedNow)
    await store.record({ passageId: 't1#2', vote: 1, userId: 424242 })
    await store.record({ passageId: 't1#3', vote: -1, userId: 424242 })
    const lines = (await readFile(join(dir, 'data', feedbackFile), 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    const first = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(Object.keys(first).sort()).toEqual(['passage', 'time', 'user', 'vote'])
    expect(first).toMatchObject({ time: '2026-11-22T10:00:00.000Z', passage: 't1#2', vote: 1 })
    expect(first.user).toMatch(/^[0-9a-f]{16}$/)
    expect(lines.join('\n')).not.toContain('424242')
    expect(await store.counts()).toEqual({ up: 1, down: 1 })
  })

  it('gives the same user the same hash across store instances on one data folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wenda-fb-'))
    await createFeedbackStore(dir).record({ passageId: 'a#1', vote: 1, userId: 7 })
    await createFeedbackStore(dir).record({ passageId: 'a#1', vote: 1, userId: 7 })
    const [a, b] = await createFeedbackStore(dir).readAll()
    expect(a!.user).toBe(b!.user)
  })

  it('skips a torn last line and keeps the complete ones when reading', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wenda-fb-'))
    const store = createFeedbackStore(dir)
    await store.record({ passageId: 'a#1', vote: -1, userId: 1 })
    await appendFile(join(dir, feedbackFile), '{"time":"2026-11-22T1')
    expect(await store.readAll()).toHaveLength(1)
    expect(await store.counts()).toEqual({ up: 0, down: 1 })
  })

  it('returns no entries when nothing was recorded yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wenda-fb-'))
    expect(await createFeedbackStore(join(dir, 'missing')).readAll()).toEqual([])
  })

  it('keeps every line whole when many votes are recorded at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wenda-fb-'))
    const store = createFeedbackStore(dir)
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.record({ passageId: `a#${i}`, vote: 1, userId: i })))
    expect(await store.readAll()).toHaveLength(200)
  })
})
