import { createHash, randomBytes } from 'node:crypto'
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** One stored vote: when, on which passage, which way, and by whom only as a salted hash. */
export interface FeedbackEntry {
  time: string
  passage: string
  vote: 1 | -1
  /** Salted SHA-256 of the user id (16 hex): lets repeated votes be told apart, names nothing. */
  user: string
}

/** Append-only feedback on passages, one JSON line per vote. */
export interface FeedbackStore {
  record(vote: { passageId: string; vote: 1 | -1; userId: number }): Promise<void>
  /** Every readable entry; a torn or foreign line (a crash mid-write) is skipped, not fatal. */
  readAll(): Promise<FeedbackEntry[]>
  /** Totals of 👍 and 👎. */
  counts(): Promise<{ up: number; down: number }>
}

/** The file names inside the data folder. */
export const feedbackFile = 'feedback.jsonl'
export const saltFile = 'feedback-salt'

/**
 * Stores feedback in `<dataDir>/feedback.jsonl`. Each vote is one appendFile of one line (well
 * under the size at which appends interleave), so concurrent votes never mix.
 */
export function createFeedbackStore(dataDir: string, now: () => Date = () => new Date()): FeedbackStore {
  const path = join(dataDir, feedbackFile)
  let salt: Promise<string> | undefined
  const readAll = async (): Promise<FeedbackEntry[]> => {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw new Error(`cannot read feedback ${path}`, { cause: error })
    }
    return text.split('\n').flatMap(parseEntry)
  }
  return {
    async record({ passageId, vote, userId }) {
      salt ??= loadSalt(dataDir)
      const user = createHash('sha256').update(`${await salt}:${userId}`).digest('hex').slice(0, 16)
      const entry: FeedbackEntry = { time: now().toISOString(), passage: passageId, vote, user }
      await appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8')
    },
    readAll,
    async counts() {
      const entries = await readAll()
      return { up: entries.filter((e) => e.vote === 1).length, down: entries.filter((e) => e.vote === -1).length }
    },
  }
}

function parseEntry(line: string): FeedbackEntry[] {
  if (line.trim() === '') return []
  try {
    const value = JSON.parse(line) as Partial<FeedbackEntry>
    const ok = typeof value.time === 'string' && typeof value.passage === 'string' && (value.vote === 1 || value.vote === -1) && typeof value.user === 'string'
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
