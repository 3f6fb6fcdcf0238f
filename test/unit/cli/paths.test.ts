import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDotenv, readFolders } from '../../../src/cli/paths.js'
import { readConfig } from '../../../src/config.js'
import { useTemporaryDirectory } from '../../helpers/temporary-directory.js'

describe('readFolders', () => {
  it('returns corpus/ and index/ under the working folder by default, and a blank variable as unset', () => {
    expect(readFolders({})).toEqual({ corpusDir: resolve('corpus'), indexDir: resolve('index') })
    expect(readFolders({ CORPUS_DIR: '  ', INDEX_DIR: '' })).toEqual({ corpusDir: resolve('corpus'), indexDir: resolve('index') })
  })

  it('returns exactly the folders npm start reads from the same variables', () => {
    for (const env of [{ CORPUS_DIR: 'my/articles', INDEX_DIR: '/tmp/wenda-index' }, { CORPUS_DIR: ' spaced ' }]) {
      const read = readConfig(env)
      expect(read.ok && { corpusDir: read.config.corpusDir, indexDir: read.config.indexDir }).toEqual(readFolders(env))
    }
  })

  it('ignores every other variable, so a bad token does not stop a command that needs none', () => {
    expect(readFolders({ TELEGRAM_BOT_TOKEN: 'nonsense', CORPUS_DIR: 'x' }).corpusDir).toBe(resolve('x'))
  })
})

describe('addDotenv', () => {
  let dir = ''
  useTemporaryDirectory('wenda-paths-', (d) => (dir = d))

  it('returns the .env variables beneath the real environment, which wins, leaving both untouched', async () => {
    await writeFile(join(dir, '.env'), 'CORPUS_DIR=from-file\nINDEX_DIR=index-from-file\n')
    const env = { INDEX_DIR: 'from-env' }
    expect(addDotenv(env, join(dir, '.env'))).toEqual({ CORPUS_DIR: 'from-file', INDEX_DIR: 'from-env' })
    expect(env).toEqual({ INDEX_DIR: 'from-env' })
    expect(process.env.CORPUS_DIR).not.toBe('from-file')
  })

  it('returns the environment as it is when there is no .env file', () => {
    expect(addDotenv({ CORPUS_DIR: 'x' }, join(dir, 'missing.env'))).toEqual({ CORPUS_DIR: 'x' })
  })
})
