import { access, readFile, stat } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { captionHeading, formatArticle, parseArticle } from '../adapters/article-markdown.js'
import { articleFileName, writeArticle } from '../adapters/corpus-files.js'
import { corpusSettingsFile, readCorpusSettings } from '../adapters/corpus-settings.js'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { isPdf, maxPdfBytes, readPdfText } from '../adapters/pdf-text.js'
import type { Paragraph } from '../core/types.js'
import { partitionCut } from '../import/doubled-at-break.js'
import { idFromFileName, importPdfPages, importRawText, type ImportedText, type ImportOptions } from '../import/import-article.js'
import type { PageText } from '../import/page-text.js'
import { decodeRawText } from '../import/read-raw-lines.js'
import { defaultPaths } from './paths.js'

/** Where the import command writes its report: normal lines and problems. */
export interface ImportOutput {
  log: (line: string) => void
  error: (line: string) => void
}

/** What the import command needs from its surroundings. */
export interface ImportDependencies {
  /** Folder written when `--out` is not given: CORPUS_DIR, as for every command. */
  corpusDir: string
  /** Jieba's dictionary partition, loaded on first use (~1 s). */
  loadCut: () => (text: string) => readonly string[]
}

const usage = `usage: npm run import -- [--out DIR] [--force] [--newspaper NAME] [--keep-banner] FILE...
  Turns newspaper pages into corpus Markdown files, one per article (photo items get their own).
  FILE is a PDF (text is read from its layout) or raw text (UTF-8, e.g. copied from a PDF).
  --out DIR          write into DIR instead of CORPUS_DIR (default corpus/)
  --force            overwrite corpus files that already exist (hand edits are lost)
  --newspaper NAME   newspaper to record when the text does not name one
                     (default: "newspaper:" in ${corpusSettingsFile} of the folder written to)
  --keep-banner      keep a page banner (Chinese lines above the masthead) in the column field`

const defaultDependencies: ImportDependencies = {
  corpusDir: defaultPaths.corpusDir,
  loadCut: () => partitionCut(createJiebaSegmenter()),
}

/**
 * Imports PDF pages or raw text files into corpus files and reports each one, then a summary of
 * the metadata missing. Returns the exit code: 0 when every file was imported, 1 when any was
 * unreadable, empty, not UTF-8, a PDF without text, or held back because its corpus file exists
 * (without `--force`). Never throws for bad input.
 */
export async function runImport(argv: readonly string[], output: ImportOutput, deps: ImportDependencies = defaultDependencies): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean' },
        newspaper: { type: 'string' },
        'keep-banner': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    output.error(`import: ${(error as Error).message}\n${usage}`)
    return 1
  }
  const { values, positionals } = parsed
  if (values.help === true) {
    output.log(usage)
    return 0
  }
  if (positionals.length === 0) {
    output.error(`import: no file given\n${usage}`)
    return 1
  }
  const outDir = resolve(values.out ?? deps.corpusDir)
  let folderNewspaper: { name: string; file?: string }
  try {
    const { settings, file } = await readCorpusSettings(outDir)
    folderNewspaper = { name: settings.newspaper, file }
  } catch (error) {
    output.error(`import: ${(error as Error).message}; nothing imported`)
    return 1
  }
  let cut: ((text: string) => readonly string[]) | undefined
  const run: RunState = {
    outDir,
    force: values.force === true,
    flagNewspaper: values.newspaper?.trim() ?? '',
    keepBanner: values['keep-banner'] === true,
    folderNewspaper,
    cut: () => (cut ??= deps.loadCut()),
    seenIds: new Map(),
    summary: { imported: [], failed: [], written: 0, missing: { newspaper: [], date: [], page: [] } },
  }
  for (const file of positionals) await importFile(file, run, output)
  reportSummary(run, output)
  return run.summary.failed.length > 0 ? 1 : 0
}

interface RunState {
  outDir: string
  force: boolean
  flagNewspaper: string
  keepBanner: boolean
  /** `newspaper:` of the output folder's settings file, and that file. */
  folderNewspaper: { name: string; file?: string }
  cut: () => (text: string) => readonly string[]
  /** Ids written in this run and the file they came from, so two inputs cannot write one id. */
  seenIds: Map<string, string>
  summary: Summary
}

interface Summary {
  imported: string[]
  failed: string[]
  written: number
  /** Input files whose articles lack each field. */
  missing: Record<'newspaper' | 'date' | 'page', string[]>
}

async function importFile(file: string, run: RunState, output: ImportOutput): Promise<void> {
  const input = await readInput(file)
  if ('problem' in input) {
    output.error(`${file}: ${input.problem}; not imported`)
    run.summary.failed.push(file)
    return
  }
  const source = basename(file)
  const options: ImportOptions = { id: idFromFileName(source), source, newspaper: run.flagNewspaper || run.folderNewspaper.name, cut: run.cut(), keepBanner: run.keepBanner }
  const result = 'pages' in input ? importPdfPages(input.pages, options) : importRawText(input.text, options)
  reportCleaning(file, result, output)
  if (result.articles.length === 0) {
    output.error(`${file}: no article text found; not imported`)
    run.summary.failed.push(file)
    return
  }
  reportMetadata(file, result, run, output)
  let ok = true
  for (const article of result.articles) ok = (await writeOne(file, article, run, output)) && ok
  if (ok) run.summary.imported.push(file)
  else run.summary.failed.push(file)
}

async function writeOne(file: string, article: ImportedText['articles'][number], run: RunState, output: ImportOutput): Promise<boolean> {
  const path = join(run.outDir, articleFileName(article.id))
  const shown = showPath(path)
  const earlier = run.seenIds.get(article.id)
  if (earlier !== undefined) {
    output.error(`${file}: id ${article.id} was already written from ${earlier} in this run; rename one file; ${shown} not written`)
    return false
  }
  run.seenIds.set(article.id, file)
  if (!run.force && (await exists(path))) {
    output.error(`${file}: ${shown} already exists and may hold hand edits; not overwritten (use --force to replace it)`)
    return false
  }
  // the file must read back as written, or the corpus would reject it later
  parseArticle(formatArticle(article), articleFileName(article.id))
  await writeArticle(run.outDir, article)
  run.summary.written++
  output.log(`wrote ${shown}: ${article.title} (${describeBody(article.paragraphs)})`)
  return true
}

// What the importer changed or guessed, for a person to check in the file it writes.
function reportCleaning(file: string, result: ImportedText, output: ImportOutput): void {
  for (const warning of result.warnings) output.log(`${file}: warning: ${warning}`)
  for (const repair of result.repairs) output.log(`${file}: dropped "${repair.dropped}" printed twice across a break (${repair.at})`)
  for (const placed of result.placedHeadings) {
    const why = placed.by === 'words' ? 'which opens with its words' : 'where the topic changes before its words: check'
    output.log(`${file}: placed the heading "${placed.heading}" before paragraph ${placed.before}, ${why}`)
  }
  if (result.droppedLines.length > 0) {
    const banner = result.droppedLines.some((line) => result.bannerLines.includes(line)) ? ' (--keep-banner keeps the banner)' : ''
    output.log(`${file}: left out as page furniture${banner}: ${result.droppedLines.join(' | ')}`)
  }
}

// Citations print newspaper, date and page when known and leave them out otherwise, so a missing
// one is never wrong, only less useful: each is named here and in the summary.
function reportMetadata(file: string, result: ImportedText, run: RunState, output: ImportOutput): void {
  const [main] = result.articles
  if (main === undefined) return
  if (result.namedNewspaper !== '' && run.flagNewspaper !== '' && run.flagNewspaper !== result.namedNewspaper) {
    output.log(`${file}: warning: the text names ${result.namedNewspaper}; --newspaper ${run.flagNewspaper} not used`)
  } else if (result.namedNewspaper === '' && main.newspaper !== '') {
    const from = run.flagNewspaper !== '' ? '--newspaper' : showPath(run.folderNewspaper.file ?? '')
    output.log(`${file}: newspaper ${main.newspaper} (from ${from}; the text does not name it)`)
  }
  const missing = (['newspaper', 'date', 'page'] as const).filter((field) => main[field] === '')
  for (const field of missing) run.summary.missing[field].push(file)
  if (missing.length === 0) return
  const ownPaper = main.newspaper === '' && result.articles.some((article) => article.authors.some((author) => author.includes('本报')))
  const hints = [
    ...(main.newspaper === '' ? [`give the newspaper with --newspaper NAME or "newspaper:" in ${showPath(join(run.outDir, corpusSettingsFile))}`] : []),
    ...(main.date === '' || main.page === '' ? ['add a date or page you know to the front matter'] : []),
  ]
  output.log(
    `${file}: warning: no ${listFields(missing)} found${ownPaper ? " (the byline says 本报, the paper's own reporter, but not which paper)" : ''}: ` +
      `citations leave ${missing.length === 1 ? 'it' : 'them'} out; ${hints.join('; ')}`,
  )
}

function listFields(fields: readonly string[]): string {
  return fields.length < 2 ? fields.join('') : `${fields.slice(0, -1).join(', ')} or ${fields.at(-1)}`
}

function reportSummary(run: RunState, output: ImportOutput): void {
  const { summary } = run
  const total = summary.imported.length + summary.failed.length
  if (total < 2 && summary.failed.length === 0 && Object.values(summary.missing).every((files) => files.length === 0)) return
  output.log(`summary: ${summary.imported.length} of ${total} files imported, ${summary.written} corpus files written to ${showPath(run.outDir) || '.'}`)
  for (const [field, files] of Object.entries(summary.missing)) if (files.length > 0) output.log(`summary: no ${field} in ${files.join(', ')}`)
  if (summary.failed.length > 0) output.log(`summary: not imported (see above): ${summary.failed.join(', ')}`)
}

function describeBody(paragraphs: readonly Paragraph[]): string {
  const captions = paragraphs.filter((p) => p.heading === captionHeading).length
  const headings = new Set(paragraphs.map((p) => p.heading).filter((h) => h !== '' && h !== captionHeading)).size
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return [count(paragraphs.length - captions, 'paragraph'), count(headings, 'heading'), count(captions, 'caption')].join(', ')
}

// Paths inside the working folder are shown relative (corpus/000.md), others in full.
function showPath(path: string): string {
  const shown = relative(process.cwd(), path)
  return shown === '' || shown.startsWith('..') ? path : shown
}

type Input = { text: string } | { pages: PageText[] } | { problem: string }

// A PDF is known by its first bytes, not its name: `page.txt` that is a PDF is read as one.
async function readInput(file: string): Promise<Input> {
  let bytes: Buffer
  try {
    if ((await stat(file)).size > maxPdfBytes) return { problem: `too large (more than ${maxPdfBytes} bytes)` }
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { problem: 'no such file' }
    if (code === 'EISDIR') return { problem: 'is a folder, not a file' }
    return { problem: `cannot be read (${code ?? 'error'})` }
  }
  if (!isPdf(bytes)) {
    const text = decodeRawText(bytes)
    return typeof text === 'string' ? { text } : text
  }
  try {
    const pages = await readPdfText(bytes)
    if (pages.every((page) => page.runs.length === 0)) return { problem: 'a PDF without text (a scanned page needs OCR first)' }
    return { pages }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

// Run as `npm run import -- …`; importing this module (tests) runs nothing.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const output: ImportOutput = { log: (line) => process.stdout.write(`${line}\n`), error: (line) => process.stderr.write(`${line}\n`) }
  runImport(process.argv.slice(2), output).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      output.error(`import: ${(error as Error).message}`)
      process.exitCode = 1
    },
  )
}
