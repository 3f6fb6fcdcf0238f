import { createHash, randomBytes } from 'node:crypto'
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { voteAfterTap, type Vote } from '../core/vote.js'

/**
 * One line of the feedback file: when, which passage, the user's vote standing after that tap
 * (0 = withdrawn), and the user only as a salted hash. Lines written before votes could be
 * withdrawn hold 1 or -1 and read the same way: the user's last line on a passage is their vote.
 */
export interface FeedbackEntry {
  time: string
  passage: string
  vote: Vote | 0
  /** Salted SHA-256 of the user id (16 hex): tells one user's votes apart, names nobody. */
  user: string
}

/**
 * Feedback kept in an append-only file: every tap is a line, the last line per user and passage
 * counts. It is the bot's VoteStore (bot/state.ts), written out here because adapters import only the core.
 */
export interface FeedbackStore {
  /** Applies a tap as voteAfterTap says; returns the vote now standing, 0 for none. */
  tap(tap: { passageId: string; userId: number; vote: Vote }): Promise<Vote | 0>
  /** Standing votes, one per user and passage. */
  counts(): Promise<{ up: number; down: number }>
  /** Every readable line in order, the whole history; a torn or foreign line (a crash mid-write) is skipped. */
  readAll(): Promise<FeedbackEntry[]>
}

/** The file names inside the data folder. */
export const feedbackFile = 'feedback.jsonl'
export const saltFile = 'feedback-salt'

/** How a voter is kept, by this store and the PostgreSQL one alike: a salted SHA-256, 16 hex digits. */
export function hashVoter(salt: string, userId: number): string {
  return createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 16)
}

/**
 * Stores feedback in `<dataDir>/feedback.jsonl`, one JSON line per tap (one appendFile each, well
 * under the size at which appends interleave). Standing votes are read from the file once, then
 * kept in memory; taps are applied one at a time, so two quick taps cannot both count.
 */
export function createFeedbackStore(dataDir: string, now: () => Date = () => new Date()): FeedbackStore {
  const path = join(dataDir, feedbackFile)
  let salt: Promise<string> | undefined
  let standing: Promise<Map<string, Vote>> | undefined
  let queue: Promise<unknown> = Promise.resolve()
  const readAll = () => readEntries(path)
  const load = () => {
    standing ??= readAll().then(foldVotes, (error: unknown) => {
      standing = undefined // a failed read is retried by the next tap, not cached
      throw error
    })
    return standing
  }
  const applyTap = async ({ passageId, userId, vote }: { passageId: string; userId: number; vote: Vote }): Promise<Vote | 0> => {
    salt ??= loadSalt(dataDir)
    const user = hashVoter(await salt, userId)
    const votes = await load()
    const key = voteKey(user, passageId)
    const next = voteAfterTap(votes.get(key) ?? 0, vote)
    const entry: FeedbackEntry = { time: now().toISOString(), passage: passageId, vote: next, user }
    await appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8')
    if (next === 0) votes.delete(key)
    else votes.set(key, next)
    return next
  }
  return {
    tap(tap) {
      const result = queue.then(() => applyTap(tap))
      queue = result.catch(() => {})
      return result
    },
    readAll,
    async counts() {
      const votes = [...(await load()).values()]
      return { up: votes.filter((v) => v === 1).length, down: votes.filter((v) => v === -1).length }
    },
  }
}

async function readEntries(path: string): Promise<FeedbackEntry[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new Error(`cannot read feedback ${path}`, { cause: error })
  }
  return text.split('\n').flatMap(parseEntry)
}

// the last line per user and passage is the vote standing; old files with repeated taps fold to one
function foldVotes(entries: readonly FeedbackEntry[]): Map<string, Vote> {
  const votes = new Map<string, Vote>()
  for (const { user, passage, vote } of entries) {
    if (vote === 0) votes.delete(voteKey(user, passage))
    else votes.set(voteKey(user, passage), vote)
  }
  return votes
}

const voteKey = (user: string, passage: string) => `${user} ${passage}`

function parseEntry(line: string): FeedbackEntry[] {
  if (line.trim() === '') return []
  try {
    const value = JSON.parse(line) as Partial<FeedbackEntry>
    const ok = typeof value.time === 'string' && typeof value.passage === 'string' && (value.vote === 1 || value.vote === -1 || value.vote === 0) && typeof value.user === 'string'
    return ok ? [value as FeedbackEntry] : []
  } catch {
    return []
  }
}

// one random salt per data folder, so hashes cannot be matched against other deployments
async function loadSalt(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, saltFile)
  try {
    await writeFile(path, randomBytes(16).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot create ${path}`, { cause: error })
  }
  return (await readFile(path, 'utf8')).trim()
}
