import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCorpusSettings } from '../../../src/adapters/corpus-settings.js'
import { useTemporaryDirectory } from '../../helpers/temporary-directory.js'

describe('readCorpusSettings', () => {
  let dir = ''
  useTemporaryDirectory('wenda-settings-', (d) => (dir = d))
  const write = (text: string) => writeFile(join(dir, 'wenda.yaml'), text)

  it('returns the newspaper and the file it came from', async () => {
    await write('# defaults\nnewspaper: 浙江法制报\n')
    expect(await readCorpusSettings(dir)).toEqual({ settings: { newspaper: '浙江法制报' }, file: join(dir, 'wenda.yaml') })
  })

  it('returns empty settings when the file or the folder does not exist, or the file is empty', async () => {
    expect(await readCorpusSettings(dir)).toEqual({ settings: { newspaper: '' } })
    expect(await readCorpusSettings(join(dir, 'not-yet'))).toEqual({ settings: { newspaper: '' } })
    await write('')
    expect((await readCorpusSettings(dir)).settings).toEqual({ newspaper: '' })
  })

  it('throws naming the file and the problem for bad YAML, a list, a wrong type or an unknown setting', async () => {
    const file = join(dir, 'wenda.yaml')
    await write('newspaper: [浙江法制报\n')
    await expect(readCorpusSettings(dir)).rejects.toThrow(`${file}: not valid YAML`)
    await write('- 浙江法制报\n')
    await expect(readCorpusSettings(dir)).rejects.toThrow(`${file}: expected settings such as "newspaper: 浙江法制报"`)
    await write('newspaper: 42\n')
    await expect(readCorpusSettings(dir)).rejects.toThrow(`${file}: newspaper must be text, got 42`)
    await write('paper: 浙江法制报\n')
    await expect(readCorpusSettings(dir)).rejects.toThrow(`${file}: unknown setting "paper" (known: newspaper)`)
  })

  it('throws when the settings file cannot be read', async () => {
    await mkdir(join(dir, 'wenda.yaml'))
    await expect(readCorpusSettings(dir)).rejects.toThrow(`${join(dir, 'wenda.yaml')}: cannot be read (EISDIR)`)
  })
})
