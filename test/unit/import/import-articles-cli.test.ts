import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCorpus } from '../../../src/adapters/corpus-files.js'
import { runImport } from '../../../src/cli/import-articles.js'

// The command behind `npm run import`; lives here with the importer it drives.
const article = '红巷沃土 向阳生长\n\n见习记者 王梓\n\n小巷幽幽，风过留痕。今年3月，位于杭州市上城区小营巷社区的红巷精神纪念旧址群被列为浙江省党史教育基地。\n'

describe('runImport', () => {
  let dir: string
  let out: string
  let lines: string[]
  let problems: string[]
  const output = { log: (line: string) => lines.push(line), error: (line: string) => problems.push(line) }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenda-import-'))
    out = join(dir, 'corpus')
    lines = []
    problems = []
    await writeFile(join(dir, '007_abc.txt'), article)
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('returns 0 and writes a corpus file that readCorpus loads', async () => {
    expect(await runImport(['--out', out, '--newspaper', '浙江法制报', join(dir, '007_abc.txt')], output)).toBe(0)
    const corpus = await readCorpus(out)
    expect(corpus.problems).toEqual([])
    expect(corpus.articles[0]).toMatchObject({ id: '007', title: '红巷沃土 向阳生长', newspaper: '浙江法制报', source: '007_abc.txt' })
    expect(lines.at(-1)).toMatch(/^wrote .*007\.md: 红巷沃土 向阳生长 \(1 paragraph, 0 headings, 0 captions\)$/)
  })

  it('returns 1 and keeps a hand-edited file unless --force is given', async () => {
    await runImport(['--out', out, join(dir, '007_abc.txt')], output)
    await writeFile(join(out, '007.md'), (await readFile(join(out, '007.md'), 'utf8')).replace('小巷幽幽', '小巷深深'))
    expect(await runImport(['--out', out, join(dir, '007_abc.txt')], output)).toBe(1)
    expect(problems.at(-1)).toMatch(/007\.md already exists and may hold hand edits; not overwritten \(use --force to replace it\)$/)
    expect(await readFile(join(out, '007.md'), 'utf8')).toContain('小巷深深')
    expect(await runImport(['--force', '--out', out, join(dir, '007_abc.txt')], output)).toBe(0)
    expect(await readFile(join(out, '007.md'), 'utf8')).toContain('小巷幽幽')
  })

  it('returns 1 with a message naming each bad file, and still imports the good one', async () => {
    await writeFile(join(dir, 'empty.txt'), '')
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]))
    const code = await runImport(['--out', out, join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'latin1.txt'), join(dir, '007_abc.txt')], output)
    expect(code).toBe(1)
    expect(problems).toEqual([
      `${join(dir, 'missing.txt')}: no such file; not imported`,
      `${join(dir, 'empty.txt')}: empty file; not imported`,
      `${join(dir, 'latin1.txt')}: not valid UTF-8 text (save it as UTF-8); not imported`,
    ])
    expect(await readdir(out)).toEqual(['007.md'])
  })

  it('returns 1 with the usage when no file or an unknown option is given', async () => {
    expect(await runImport([], output)).toBe(1)
    expect(problems[0]).toMatch(/^import: no file given\nusage: npm run import/)
    expect(await runImport(['--bogus', 'x.txt'], output)).toBe(1)
    expect(problems[1]).toMatch(/^import: Unknown option '--bogus'/)
  })
})
