import { access, readFile, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { formatArticle, parseArticle } from '../adapters/article-markdown.js'
import { articleFileName, writeArticle } from '../adapters/corpus-files.js'
import { corpusSettingsFile, readCorpusSettings } from '../adapters/corpus-settings.js'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { isPdf, maxPdfBytes, readPdfText } from '../adapters/pdf-text.js'
import { partitionCut } from '../import/doubled-at-break.js'
import { idFromFileName, importPdfPages, importRawText, type ImportedText, type ImportOptions } from '../import/import-article.js'
import type { PageText } from '../core/text/page-text.js'
import { decodeRawText } from '../import/read-raw-lines.js'
import { describeBody, reportCleaning, reportMetadata, reportSummary, showPath, type ImportOutput, type Summary } from './import-report.js'
import { defaultPaths } from './paths.js'

export type { ImportOutput } from './import-report.js'

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
  const args = readArgs(argv)
  if ('exit' in args) {
    if (args.exit === 0) output.log(args.message)
    else output.error(args.message)
    return args.exit
  }
  const outDir = resolve(args.out ?? deps.corpusDir)
  let folderNewspaper: RunState['folderNewspaper']
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
    force: args.force,
    flagNewspaper: args.newspaper,
    keepBanner: args.keepBanner,
    folderNewspaper,
    cut: () => (cut ??= deps.loadCut()),
    seenIds: new Map(),
    summary: { imported: [], failed: [], written: 0, missing: { newspaper: [], date: [], page: [] } },
  }
  for (const file of args.files) await importFile(file, run, output)
  reportSummary(run.summary, run.outDir, output)
  return run.summary.failed.length > 0 ? 1 : 0
}

interface ImportArgs {
  files: string[]
  out?: string
  force: boolean
  newspaper: string
  keepBanner: boolean
}

// The options, or the exit code and message for --help, an unknown option or no file.
function readArgs(argv: readonly string[]): ImportArgs | { exit: number; message: string } {
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
    return { exit: 1, message: `import: ${(error as Error).message}\n${usage}` }
  }
  const { values, positionals } = parsed
  if (values.help === true) return { exit: 0, message: usage }
  if (positionals.length === 0) return { exit: 1, message: `import: no file given\n${usage}` }
  return {
    files: positionals,
    ...(values.out === undefined ? {} : { out: values.out }),
    force: values.force === true,
    newspaper: values.newspaper?.trim() ?? '',
    keepBanner: values['keep-banner'] === true,
  }
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
  reportMetadata(file, result, { flagNewspaper: run.flagNewspaper, settingsFile: run.folderNewspaper.file, outDir: run.outDir, summary: run.summary }, output)
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
    // a saved web page or an error message named .pdf would otherwise be imported as text
    if (/\.pdf$/i.test(file)) return { problem: 'not a PDF (it does not start with %PDF-)' }
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
