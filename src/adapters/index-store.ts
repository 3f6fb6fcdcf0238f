import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Article } from '../core/types.js'

/** What the saved index was built from: another key means it is stale and is rebuilt. */
export interface IndexManifest {
  /** Hash of everything the whole index depends on besides the articles: dictionaries, options, versions. */
  key: string
  /** sha256 of index.json, so a truncated or corrupted file is never loaded half-way. */
  indexHash: string
  /** sha256 of index-numbers.bin when the index has one (its numbers as binary), checked likewise. */
  numbersHash?: string
  /** Hash of each indexed article (see {@link hashArticle}): articles changed since are re-indexed one by one. */
  articles: Record<string, string>
  passages: number
  builtAt: string
  versions: Record<string, string>
}

const MANIFEST = 'manifest.json'
const INDEX = 'index.json'
const NUMBERS = 'index-numbers.bin'

/** The saved index bytes (and binary numbers part) and manifest when they can be trusted, or why they cannot (the caller rebuilds). */
export type SavedIndexCheck = { bytes: Buffer; numbers?: Buffer; manifest: IndexManifest } | { reason: string }

/** Why {@link checkSavedIndex} found no saved index at all (a first start, not a fault). */
export const noSavedIndex = 'no saved index'

/**
 * Returns the saved index bytes only when the manifest matches `key` and index.json hashes to the
 * manifest's indexHash; otherwise says why (missing, damaged manifest, stale, truncated/changed).
 */
export async function checkSavedIndex(indexDir: string, key: string): Promise<SavedIndexCheck> {
  const manifestBytes = await readIfPresent(join(indexDir, MANIFEST))
  if (manifestBytes === undefined) return { reason: noSavedIndex }
  if (manifestBytes instanceof Error) return { reason: manifestBytes.message }
  let manifest: Partial<IndexManifest>
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Partial<IndexManifest>
  } catch {
    return { reason: `${MANIFEST} is damaged (not JSON)` }
  }
  if (manifest === null || typeof manifest !== 'object' || typeof manifest.indexHash !== 'string' || typeof manifest.articles !== 'object' || manifest.articles === null) {
    return { reason: `${MANIFEST} is damaged (no indexHash or articles)` }
  }
  if (manifest.key !== key) return { reason: 'built with another dictionary, options or version' }
  const bytes = await readIfPresent(join(indexDir, INDEX))
  if (bytes === undefined) return { reason: `${INDEX} is missing` }
  if (bytes instanceof Error) return { reason: bytes.message }
  if (sha256(bytes) !== manifest.indexHash) return { reason: `${INDEX} does not match its manifest (truncated or changed)` }
  if (typeof manifest.numbersHash !== 'string') return { bytes, manifest: manifest as IndexManifest }
  const numbers = await readIfPresent(join(indexDir, NUMBERS))
  if (numbers === undefined) return { reason: `${NUMBERS} is missing` }
  if (numbers instanceof Error) return { reason: numbers.message }
  if (sha256(numbers) !== manifest.numbersHash) return { reason: `${NUMBERS} does not match its manifest (truncated or changed)` }
  return { bytes, numbers, manifest: manifest as IndexManifest }
}

/** Reads the saved index bytes if its manifest matches `key` and its hash checks; else undefined. */
export async function readSavedIndex(indexDir: string, key: string): Promise<Buffer | undefined> {
  const check = await checkSavedIndex(indexDir, key)
  return 'bytes' in check ? check.bytes : undefined
}

// undefined when missing; an Error (not thrown) when present but unreadable, which also means rebuild
async function readIfPresent(path: string): Promise<Buffer | undefined | Error> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? undefined : new Error(`cannot read ${basename(path)} (${code ?? 'error'})`)
  }
}

/**
 * Saves index, its binary numbers part (when given) and manifest atomically (temp file + rename;
 * manifest last, so it never vouches for files not yet in place). Temporary files left by an
 * earlier crash are removed first.
 */
export async function writeSavedIndex(
  indexDir: string,
  bytes: string | Uint8Array,
  manifest: Omit<IndexManifest, 'indexHash' | 'numbersHash' | 'builtAt'>,
  numbers?: Uint8Array,
): Promise<void> {
  await mkdir(indexDir, { recursive: true })
  await removeTemporaryFiles(indexDir)
  await writeAtomically(join(indexDir, INDEX), bytes)
  if (numbers !== undefined) await writeAtomically(join(indexDir, NUMBERS), numbers)
  else await rm(join(indexDir, NUMBERS), { force: true })
  await rm(join(indexDir, 'index.bin'), { force: true }) // where formats 4 to 9 were saved
  await rm(join(indexDir, 'sentence-terms.bin'), { force: true }) // formats 13 and 14's binary part
  const hashes = { indexHash: sha256(bytes), ...(numbers === undefined ? {} : { numbersHash: sha256(numbers) }) }
  const full: IndexManifest = { ...manifest, ...hashes, builtAt: new Date().toISOString() }
  await writeAtomically(join(indexDir, MANIFEST), `${JSON.stringify(full, null, 2)}\n`)
}

const temporaryPattern = /^(index\.json|manifest\.json|index\.bin|sentence-terms\.bin|index-numbers\.bin|corpus\.json)\.\d+\.[0-9a-f]+\.tmp$/

// Only another process's files older than a minute: a concurrent writer may still own newer ones.
async function removeTemporaryFiles(indexDir: string): Promise<void> {
  for (const name of await readdir(indexDir)) {
    if (!temporaryPattern.test(name)) continue
    const path = join(indexDir, name)
    const info = await stat(path).catch(() => undefined)
    if (info !== undefined && Date.now() - info.mtimeMs > 60_000) await rm(path, { force: true })
  }
}

/** Writes a file so readers see the old or the new content, never a part (flushed before rename). */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const file = await open(temp, 'w')
    try {
      await file.writeFile(content)
      await file.sync() // else a power cut after rename can leave an empty file under the real name
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch (cause) {
    await rm(temp, { force: true })
    throw new Error(`cannot write ${path}`, { cause })
  }
}

/**
 * A hash of everything indexing reads of an article, so a changed article is re-indexed. Articles
 * are never changed in place (a changed file is parsed into a new one), and a reload reuses the
 * unchanged ones: each is hashed once, not on every reload.
 */
export function hashArticle(article: Article): string {
  let hash = articleHashes.get(article)
  if (hash === undefined) articleHashes.set(article, (hash = sha256(JSON.stringify(article)).slice(0, 32)))
  return hash
}

const articleHashes = new WeakMap<Article, string>()

/** sha256 of a string (as UTF-8) or of bytes, hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The installed version of a package (read from its package.json), or `unknown`. */
export function packageVersion(name: string): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)))
    for (let depth = 0; depth < 6; depth++, dir = dirname(dir)) {
      const file = join(dir, 'package.json')
      if (!existsSync(file)) continue
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === name) return pkg.version ?? 'unknown'
    }
  } catch {
    // an unresolvable package only weakens the staleness check; the index still works
  }
  return 'unknown'
}
