import { access, readFile } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { captionHeading, formatArticle, parseArticle } from '../adapters/article-markdown.js'
import { articleFileName, writeArticle } from '../adapters/corpus-files.js'
import type { Paragraph } from '../core/types.js'
import { idFromFileName, importRawText } from '../import/import-article.js'
import { decodeRawText } from '../import/read-raw-lines.js'

/** Where the import command writes its report: normal lines and problems. */
export interface ImportOutput {
  log: (line: string) => void
  error: (line: string) => void
}

const usage = `usage: npm run import -- [--out DIR] [--force] [--newspaper NAME] FILE...
  Turns raw article text (UTF-8, e.g. a PDF extraction) into corpus Markdown files, one per article.
  --out DIR          write into DIR instead of corpus/
  --force            overwrite corpus files that already exist (hand edits are lost)
  --newspaper NAME   newspaper to record when the text does not name one`

/**
 * Imports raw text files into corpus files and reports each one. Returns the exit code: 0 when every
 * file was imported, 1 when any was unreadable, empty, not UTF-8 or held back because its corpus file
 * exists (without `--force`). Never throws for bad input.
 */
export async function runImport(argv: readonly string[], output: ImportOutput): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string' }, force: { type: 'boolean' }, newspaper: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  const outDir = resolve(values.out ?? 'corpus')
  const seenIds = new Map<string, string>()
  let failed = false
  for (const file of positionals) {
    const ok = await importFile(file, { outDir, force: values.force === true, newspaper: values.newspaper ?? '', seenIds }, output)
    failed ||= !ok
  }
  return failed ? 1 : 0
}

interface FileOptions {
  outDir: string
  force: boolean
  newspaper: string
  /** Ids written in this run and the file they came from, so two inputs cannot write one id. */
  seenIds: Map<string, string>
}

async function importFile(file: string, options: FileOptions, output: ImportOutput): Promise<boolean> {
  const text = await readRaw(file)
  if (typeof text !== 'string') {
    output.error(`${file}: ${text.problem}; not imported`)
    return false
  }
  const source = basename(file)
  const result = importRawText(text, { id: idFromFileName(source), source, newspaper: options.newspaper })
  for (const warning of result.warnings) output.log(`${file}: warning: ${warning}`)
  if (result.droppedLines.length > 0) output.log(`${file}: left out as page furniture: ${result.droppedLines.join(' | ')}`)
  if (result.articles.length === 0) {
    output.error(`${file}: no article text found; not imported`)
    return false
  }
  let ok = true
  for (const article of result.articles) {
    const path = join(options.outDir, articleFileName(article.id))
    const shown = showPath(path)
    const earlier = options.seenIds.get(article.id)
    if (earlier !== undefined) {
      output.error(`${file}: id ${article.id} was already written from ${earlier} in this run; rename one file; ${shown} not written`)
      ok = false
      continue
    }
    options.seenIds.set(article.id, file)
    if (!options.force && (await exists(path))) {
      output.error(`${file}: ${shown} already exists and may hold hand edits; not overwritten (use --force to replace it)`)
      ok = false
      continue
    }
    // the file must read back as written, or the corpus would reject it later
    parseArticle(formatArticle(article), articleFileName(article.id))
    await writeArticle(options.outDir, article)
    output.log(`wrote ${shown}: ${article.title} (${describeBody(article.paragraphs)})`)
  }
  return ok
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

async function readRaw(file: string): Promise<string | { problem: string }> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { problem: 'no such file' }
    if (code === 'EISDIR') return { problem: 'is a folder, not a file' }
    return { problem: `cannot be read (${code ?? 'error'})` }
  }
  return decodeRawText(bytes)
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
