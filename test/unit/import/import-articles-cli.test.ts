import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCorpus } from '../../../src/adapters/corpus-files.js'
import { runImport, type ImportDependencies } from '../../../src/cli/import-articles.js'
import { drawPdf, setColumn } from '../../helpers/pdf-page.js'

// The command behind `npm run import`; lives here with the importer it drives.
const article = '红巷沃土 向阳生长\n\n见习记者 王梓\n\n小巷幽幽，风过留痕。今年3月，位于杭州市上城区小营巷社区的红巷精神纪念旧址群被列为浙江省党史教育基地。\n'
const masthead = '浙江法制报\n\n2021年7月1日 星期四\n\n4\n\n'

describe('runImport', () => {
  let dir: string
  let out: string
  let lines: string[]
  let problems: string[]
  let deps: ImportDependencies
  const output = { log: (line: string) => lines.push(line), error: (line: string) => problems.push(line) }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenda-import-'))
    out = join(dir, 'corpus')
    lines = []
    problems = []
    // no dictionary: every character its own word, so nothing doubled is ever dropped here
    deps = { corpusDir: join(dir, 'from-env'), loadCut: () => (text) => [...text] }
    await writeFile(join(dir, '007_abc.txt'), article)
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('returns 0 and writes a corpus file that readCorpus loads', async () => {
    expect(await runImport(['--out', out, '--newspaper', '浙江法制报', join(dir, '007_abc.txt')], output, deps)).toBe(0)
    const corpus = await readCorpus(out)
    expect(corpus.problems).toEqual([])
    expect(corpus.articles[0]).toMatchObject({ id: '007', title: '红巷沃土 向阳生长', newspaper: '浙江法制报', source: '007_abc.txt' })
    expect(lines).toContainEqual(expect.stringMatching(/^wrote .*007\.md: 红巷沃土 向阳生长 \(1 paragraph, 0 headings, 0 captions\)$/))
  })

  it('returns 0 and writes into CORPUS_DIR when no --out is given', async () => {
    expect(await runImport([join(dir, '007_abc.txt')], output, deps)).toBe(0)
    expect(await readdir(deps.corpusDir)).toEqual(['007.md'])
  })

  it('returns each missing newspaper, date and page by name per file, and a summary naming the files', async () => {
    await writeFile(join(dir, '008_full.txt'), masthead + article)
    expect(await runImport(['--out', out, join(dir, '007_abc.txt'), join(dir, '008_full.txt')], output, deps)).toBe(0)
    const file = join(dir, '007_abc.txt')
    expect(lines.filter((line) => line.includes('warning'))).toEqual([
      `${file}: warning: no newspaper, date or page found: citations leave them out; give the newspaper with --newspaper NAME or "newspaper:" in ${join(out, 'wenda.yaml')}; add a date or page you know to the front matter`,
    ])
    expect(lines.filter((line) => line.startsWith('summary:'))).toEqual([
      `summary: 2 of 2 files imported, 2 corpus files written to ${out}`,
      `summary: no newspaper in ${file}`,
      `summary: no date in ${file}`,
      `summary: no page in ${file}`,
    ])
  })

  it('returns the newspaper from the folder\'s wenda.yaml when the text names none, and says where it came from', async () => {
    await mkdir(out)
    await writeFile(join(out, 'wenda.yaml'), 'newspaper: 浙江法制报\n')
    expect(await runImport(['--out', out, join(dir, '007_abc.txt')], output, deps)).toBe(0)
    expect((await readCorpus(out)).articles[0]!.newspaper).toBe('浙江法制报')
    expect(lines).toContain(`${join(dir, '007_abc.txt')}: newspaper 浙江法制报 (from ${join(out, 'wenda.yaml')}; the text does not name it)`)
  })

  it('returns the text\'s own newspaper over --newspaper, with a warning', async () => {
    await writeFile(join(dir, '008_full.txt'), masthead + article)
    expect(await runImport(['--out', out, '--newspaper', '钱江晚报', join(dir, '008_full.txt')], output, deps)).toBe(0)
    expect((await readCorpus(out)).articles[0]).toMatchObject({ newspaper: '浙江法制报', date: '2021-07-01', page: '4' })
    expect(lines).toContain(`${join(dir, '008_full.txt')}: warning: the text names 浙江法制报; --newspaper 钱江晚报 not used`)
  })

  it('returns a page banner left out with a hint, or kept after the column with --keep-banner', async () => {
    await writeFile(join(dir, '010_banner.txt'), `庆祝中国共产党成立100周年\n\n守护“红色根脉”\n\n${masthead}${article}`)
    const file = join(dir, '010_banner.txt')
    expect(await runImport(['--out', out, file], output, deps)).toBe(0)
    expect(lines).toContain(`${file}: left out as page furniture (--keep-banner keeps the banner): 守护“红色根脉”`)
    expect(await runImport(['--out', out, '--force', '--keep-banner', file], output, deps)).toBe(0)
    expect((await readCorpus(out)).articles[0]!.column).toBe('庆祝中国共产党成立100周年 守护“红色根脉”')
  })

  it('returns 1 and imports nothing when the folder\'s wenda.yaml is broken', async () => {
    await mkdir(out)
    await writeFile(join(out, 'wenda.yaml'), 'newspapr: 浙江法制报\n')
    expect(await runImport(['--out', out, join(dir, '007_abc.txt')], output, deps)).toBe(1)
    expect(problems).toEqual([`import: ${join(out, 'wenda.yaml')}: unknown setting "newspapr" (known: newspaper); nothing imported`])
    expect(await readdir(out)).toEqual(['wenda.yaml'])
  })

  it('returns 1 and keeps a hand-edited file unless --force is given', async () => {
    await runImport(['--out', out, join(dir, '007_abc.txt')], output, deps)
    await writeFile(join(out, '007.md'), (await readFile(join(out, '007.md'), 'utf8')).replace('小巷幽幽', '小巷深深'))
    expect(await runImport(['--out', out, join(dir, '007_abc.txt')], output, deps)).toBe(1)
    expect(problems.at(-1)).toMatch(/007\.md already exists and may hold hand edits; not overwritten \(use --force to replace it\)$/)
    expect(await readFile(join(out, '007.md'), 'utf8')).toContain('小巷深深')
    expect(await runImport(['--force', '--out', out, join(dir, '007_abc.txt')], output, deps)).toBe(0)
    expect(await readFile(join(out, '007.md'), 'utf8')).toContain('小巷幽幽')
  })

  it('returns 1 with a message naming each bad file, and still imports the good one', async () => {
    await writeFile(join(dir, 'empty.txt'), '')
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]))
    await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really a PDF')
    await writeFile(join(dir, 'page.pdf'), '<html>404 Not Found</html>')
    const files = ['missing.txt', 'empty.txt', 'latin1.txt', 'broken.pdf', 'page.pdf', '007_abc.txt'].map((name) => join(dir, name))
    expect(await runImport(['--out', out, ...files], output, deps)).toBe(1)
    expect(problems).toEqual([
      `${files[0]}: no such file; not imported`,
      `${files[1]}: empty file; not imported`,
      `${files[2]}: not valid UTF-8 text (save it as UTF-8); not imported`,
      `${files[3]}: not a readable PDF (damaged or not a PDF); not imported`,
      `${files[4]}: not a PDF (it does not start with %PDF-); not imported`,
    ])
    expect(await readdir(out)).toEqual(['007.md'])
    expect(lines.at(-1)).toBe(`summary: not imported (see above): ${files.slice(0, 5).join(', ')}`)
  })

  it('returns 0 and writes the articles of a PDF page, known by its content whatever its name', async () => {
    const pdf = await drawPdf([{ lines: [
      { text: '浙江法制报 2021年7月1日 星期四 第4版', x: 40, y: 30, size: 9 },
      { text: '红巷沃土 向阳生长', x: 40, y: 80, size: 22 },
      { text: '见习记者 王梓', x: 40, y: 120, size: 10 },
      ...setColumn(['小巷幽幽，风过留痕。今年3月，位于杭州市上城区小营巷社区的红巷精神纪念旧址群被列为浙江省党史教育基地。'], { x: 40, y: 150, chars: 30, size: 10 }).lines,
    ] }])
    await writeFile(join(dir, '009_page.txt'), pdf)
    expect(await runImport(['--out', out, join(dir, '009_page.txt')], output, deps)).toBe(0)
    expect((await readCorpus(out)).articles).toMatchObject([{ id: '009', title: '红巷沃土 向阳生长', newspaper: '浙江法制报', date: '2021-07-01', page: '4', source: '009_page.txt' }])
  })

  it('returns 1 for a PDF without text (a scan)', async () => {
    await writeFile(join(dir, 'scan.pdf'), await drawPdf([{ lines: [], photos: [{ x: 10, y: 10, width: 100, height: 100 }] }]))
    expect(await runImport(['--out', out, join(dir, 'scan.pdf')], output, deps)).toBe(1)
    expect(problems).toEqual([`${join(dir, 'scan.pdf')}: a PDF without text (a scanned page needs OCR first); not imported`])
  })

  it('returns 1 with the usage when no file or an unknown option is given', async () => {
    expect(await runImport([], output, deps)).toBe(1)
    expect(problems[0]).toMatch(/^import: no file given\nusage: npm run import/)
    expect(await runImport(['--bogus', 'x.txt'], output, deps)).toBe(1)
    expect(problems[1]).toMatch(/^import: Unknown option '--bogus'/)
  })
})

describe('npm run import', () => {
  const root = join(import.meta.dirname, '../../..')
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenda-import-run-'))
    await writeFile(join(dir, '007_abc.txt'), article)
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const withoutFolders = ({ CORPUS_DIR: _corpus, INDEX_DIR: _index, ...rest }: NodeJS.ProcessEnv) => rest
  // the command as a user runs it, in their own working folder, so .env is read from there
  const run = (env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'src/cli/import-articles.ts'), '007_abc.txt'], {
      cwd: dir,
      env: { ...withoutFolders(process.env), ...env },
    })

  it('writes into the CORPUS_DIR of .env in the working folder, as every other command reads it', async () => {
    await writeFile(join(dir, '.env'), 'CORPUS_DIR=dotenv-corpus\n')
    await run({})
    expect(await readdir(join(dir, 'dotenv-corpus'))).toEqual(['007.md'])
  })
})
