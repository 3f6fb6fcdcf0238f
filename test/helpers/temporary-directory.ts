import { mkdtempSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

/** Gives each test a fresh temporary directory (passed to `use`), removed after the test. */
export function useTemporaryDirectory(prefix: string, use: (dir: string) => void): void {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix))
    use(dir)
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
}

// Directories made by makeTemporaryDirectory in this test file (each file has its own modules).
const made: string[] = []

/**
 * A fresh temporary directory, anywhere in a test file (a test, a hook, a helper): it is removed
 * once the file's tests have run, by the setup file `remove-temporary-directories.ts`.
 */
export function makeTemporaryDirectory(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes every directory {@link makeTemporaryDirectory} made so far. */
export async function removeTemporaryDirectories(): Promise<void> {
  const dirs = made.splice(0)
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
}
