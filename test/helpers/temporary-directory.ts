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
