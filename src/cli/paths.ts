import { config as loadDotenv } from 'dotenv'
import { readConfig } from '../config.js'

/** The corpus and index folders, absolute. */
export interface Folders {
  corpusDir: string
  indexDir: string
}

/**
 * The folders every command uses (import, index, ask, eval and start alike): CORPUS_DIR and INDEX_DIR
 * read by the same rule as `npm start` (config.ts: blank means unset; defaults corpus/ and index/,
 * relative to the working folder). Only these two variables are passed, so a bad token in .env does
 * not stop `npm run ask`.
 */
export function readFolders(env: Readonly<Record<string, string | undefined>>): Folders {
  const read = readConfig({ CORPUS_DIR: env.CORPUS_DIR, INDEX_DIR: env.INDEX_DIR })
  if (!read.ok) throw new Error(`cannot read the folders: ${read.problems.join('; ')}`)
  return { corpusDir: read.config.corpusDir, indexDir: read.config.indexDir }
}

/**
 * The database every command uses when `DATABASE_URL` is set (with `DATABASE_READ_URL` for reads),
 * read by the same rule as `npm start`; undefined without it. Throws naming the variable, never
 * echoing its value (it holds a password).
 */
export function readDatabaseUrls(env: Readonly<Record<string, string | undefined>>): { url: string; readUrl?: string } | undefined {
  const read = readConfig({ DATABASE_URL: env.DATABASE_URL, DATABASE_READ_URL: env.DATABASE_READ_URL })
  if (!read.ok) throw new Error(read.problems.join('; '))
  const { databaseUrl, databaseReadUrl } = read.config
  return databaseUrl === undefined ? undefined : { url: databaseUrl, ...(databaseReadUrl === undefined ? {} : { readUrl: databaseReadUrl }) }
}

/**
 * `env` with the variables of a `.env` file (default: the working folder's) added beneath it, as
 * `npm start` loads them: a variable set in the real environment wins. `env` itself is not changed.
 */
export function addDotenv(env: Readonly<Record<string, string | undefined>>, path?: string): Record<string, string | undefined> {
  const fromFile: Record<string, string> = {}
  loadDotenv({ quiet: true, processEnv: fromFile, ...(path === undefined ? {} : { path }) })
  return { ...fromFile, ...env }
}

/** The folders of this process: the environment, then .env, then the defaults. */
export const defaultPaths: Folders = readFolders(addDotenv(process.env))

/** Logs to stderr so stdout stays clean for answers and JSON. */
export const logToStderr = (message: string): void => {
  process.stderr.write(`${message}\n`)
}
