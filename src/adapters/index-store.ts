import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What the saved index was built from; any difference means it is stale and is rebuilt. */
export interface IndexManifest {
  /** Hash of everything the index depends on: corpus, dictionaries, options, versions. */
  key: string
  /** sha256 of index.json, so a truncated or corrupted file is never loaded half-way. */
  indexHash: string
  passages: number
  builtAt: string
  versions: Record<string, string>
}

const MANIFEST = 'manifest.json'
const INDEX = 'index.json'

/** Reads the saved index JSON if its manifest matches `key` and its hash checks; else undefined. */
export async function readSavedIndex(indexDir: string, key: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(indexDir, MANIFEST), 'utf8')) as Partial<IndexManifest>
    if (manifest.key !== key) return undefined
    const json = await readFile(join(indexDir, INDEX), 'utf8')
    return sha256(json) === manifest.indexHash ? json : undefined
  } catch {
    return undefined // missing or unreadable: the caller rebuilds
  }
}

/** Saves index and manifest atomically (temp file + rename; manifest last, so it never vouches early). */
export async function writeSavedIndex(
  indexDir: string,
  json: string,
  manifest: Omit<IndexManifest, 'indexHash' | 'builtAt'>,
): Promise<void> {
  await mkdir(indexDir, { recursive: true })
  await writeAtomically(join(indexDir, INDEX), json)
  const full: IndexManifest = { ...manifest, indexHash: sha256(json), builtAt: new Date().toISOString() }
  await writeAtomically(join(indexDir, MANIFEST), `${JSON.stringify(full, null, 2)}\n`)
}

/** Writes a file so readers see the old or the new content, never a part. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temp, content, 'utf8')
  await rename(temp, path)
}

/** sha256 of a string, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
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
