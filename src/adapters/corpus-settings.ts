import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import YAML from 'yaml'

/** Defaults a corpus folder gives the articles imported into it. */
export interface CorpusSettings {
  /** Newspaper recorded when a text does not name one (`newspaper:`); empty when unset. */
  newspaper: string
}

/** The settings file in a corpus folder; not an article, so the corpus reader skips it. */
export const corpusSettingsFile = 'wenda.yaml'

/** Settings read from a folder, with the file they came from when there is one. */
export interface CorpusSettingsResult {
  settings: CorpusSettings
  /** The settings file's path when it exists, else undefined. */
  file?: string
}

/**
 * Reads `<dir>/wenda.yaml`. A missing file (or folder) gives empty settings; a file that is not
 * YAML, not a mapping, or has a setting of the wrong type or an unknown one throws an Error naming
 * the file and the problem.
 */
export async function readCorpusSettings(dir: string): Promise<CorpusSettingsResult> {
  const file = join(dir, corpusSettingsFile)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { settings: { newspaper: '' } }
    throw new Error(`${file}: cannot be read (${code ?? 'error'})`, { cause: error })
  }
  let data: unknown
  try {
    data = YAML.parse(text)
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`, { cause: error })
  }
  if (data === null || data === undefined) return { settings: { newspaper: '' }, file }
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected settings such as "newspaper: 浙江法制报"`)
  const { newspaper = '', ...unknown } = data as Record<string, unknown>
  const extra = Object.keys(unknown)
  if (extra.length > 0) throw new Error(`${file}: unknown setting ${extra.map((key) => `"${key}"`).join(', ')} (known: newspaper)`)
  if (typeof newspaper !== 'string') throw new Error(`${file}: newspaper must be text, got ${JSON.stringify(newspaper)}`)
  return { settings: { newspaper: newspaper.trim() }, file }
}
