/**
 * What `npm run import` tells a person: what the importer changed or guessed in each file, which
 * newspaper, date and page are missing, and a summary of the run.
 */
import { join, relative } from 'node:path'
import { captionHeading } from '../adapters/article-markdown.js'
import { corpusSettingsFile } from '../adapters/corpus-settings.js'
import type { Paragraph } from '../core/types.js'
import type { ImportedText } from '../import/import-article.js'

/** Where the import command writes its report: normal lines and problems. */
export interface ImportOutput {
  log: (line: string) => void
  error: (line: string) => void
}

/** What a run did, for the closing summary. */
export interface Summary {
  imported: string[]
  failed: string[]
  written: number
  /** Input files whose articles lack each field. */
  missing: Record<'newspaper' | 'date' | 'page', string[]>
}

/** Where a file's newspaper could have come from, and the summary its gaps are added to. */
export interface MetadataContext {
  flagNewspaper: string
  /** The folder's settings file, when it exists. */
  settingsFile?: string
  outDir: string
  summary: Summary
}

/** Reports what the importer changed or guessed, for a person to check in the file it writes. */
export function reportCleaning(file: string, result: ImportedText, output: ImportOutput): void {
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

/**
 * Reports where the newspaper came from and names each missing newspaper, date or page. Citations
 * leave out what is empty, so a gap is never wrong, only less useful: it is named here and summed up.
 */
export function reportMetadata(file: string, result: ImportedText, context: MetadataContext, output: ImportOutput): void {
  const [main] = result.articles
  if (main === undefined) return
  if (result.namedNewspaper !== '' && context.flagNewspaper !== '' && context.flagNewspaper !== result.namedNewspaper) {
    output.log(`${file}: warning: the text names ${result.namedNewspaper}; --newspaper ${context.flagNewspaper} not used`)
  } else if (result.namedNewspaper === '' && main.newspaper !== '') {
    const from = context.flagNewspaper !== '' ? '--newspaper' : showPath(context.settingsFile ?? '')
    output.log(`${file}: newspaper ${main.newspaper} (from ${from}; the text does not name it)`)
  }
  const missing = (['newspaper', 'date', 'page'] as const).filter((field) => main[field] === '')
  for (const field of missing) context.summary.missing[field].push(file)
  if (missing.length === 0) return
  const ownPaper = main.newspaper === '' && result.articles.some((article) => article.authors.some((author) => author.includes('本报')))
  const hints = [
    ...(main.newspaper === '' ? [`give the newspaper with --newspaper NAME or "newspaper:" in ${showPath(join(context.outDir, corpusSettingsFile))}`] : []),
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

/** The closing lines: files imported and written, each missing field with its files, the failures. Nothing for one clean file. */
export function reportSummary(summary: Summary, outDir: string, output: ImportOutput): void {
  const total = summary.imported.length + summary.failed.length
  if (total < 2 && summary.failed.length === 0 && Object.values(summary.missing).every((files) => files.length === 0)) return
  output.log(`summary: ${summary.imported.length} of ${total} files imported, ${summary.written} corpus files written to ${showPath(outDir) || '.'}`)
  for (const [field, files] of Object.entries(summary.missing)) if (files.length > 0) output.log(`summary: no ${field} in ${files.join(', ')}`)
  if (summary.failed.length > 0) output.log(`summary: not imported (see above): ${summary.failed.join(', ')}`)
}

/** `3 paragraphs, 1 heading, 0 captions`. */
export function describeBody(paragraphs: readonly Paragraph[]): string {
  const captions = paragraphs.filter((p) => p.heading === captionHeading).length
  const headings = new Set(paragraphs.map((p) => p.heading).filter((h) => h !== '' && h !== captionHeading)).size
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return [count(paragraphs.length - captions, 'paragraph'), count(headings, 'heading'), count(captions, 'caption')].join(', ')
}

/** A path relative to the working folder when inside it (corpus/000.md), else in full. */
export function showPath(path: string): string {
  const shown = relative(process.cwd(), path)
  return shown === '' || shown.startsWith('..') ? path : shown
}

