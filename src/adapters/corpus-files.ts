import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../core/types.js'
import { formatArticle, parseArticle, type StoredArticle } from './article-markdown.js'

/** A corpus file that could not be loaded, and why; the rest of the corpus still loads. */
export interface CorpusProblem {
  file: string
  message: string
}

/** The loaded corpus: articles sorted by id, skipped files, and a hash that changes with any file. */
export interface Corpus {
  articles: StoredArticle[]
  problems: CorpusProblem[]
  /** sha256 over the sorted file names and their bytes, so an index can tell it is stale. */
  fingerprint: string
}

/** Files in the corpus folder that are documentation, not articles. */
const ignoredFiles = new Set(['readme.md'])

/**
 * Reads every `*.md` article in `dir` (not README.md). Empty, binary or non-UTF-8 files, malformed
 * metadata and duplicate ids are reported as problems naming the file and skipped. Throws only when
 * the folder itself cannot be read.
 */
export async function readCorpus(dir: string): Promise<Corpus> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((name) => /\.md$/i.test(name) && !ignoredFiles.has(name.toLowerCase())).sort()
  } catch (cause) {
    throw new Error(`cannot read the corpus folder ${dir}`, { cause })
  }
  const hash = createHash('sha256')
  const articles: StoredArticle[] = []
  const problems: CorpusProblem[] = []
  const seen = new Map<string, string>()
  for (const name of names) {
    const bytes = await readFile(join(dir, name))
    hash.update(`${name}\0${bytes.length}\0`).update(bytes)
    const result = loadArticle(name, bytes)
    if ('message' in result) {
      problems.push(result)
      continue
    }
    const first = seen.get(result.id)
    if (first !== undefined) {
      problems.push({ file: name, message: `duplicate id "${result.id}" (already used by ${first}); file skipped` })
      continue
    }
    seen.set(result.id, name)
    articles.push(result)
  }
  articles.sort((a, b) => compareIds(a.id, b.id))
  return { articles, problems, fingerprint: hash.digest('hex') }
}

function loadArticle(file: string, bytes: Buffer): StoredArticle | CorpusProblem {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return { file, message: 'empty file; skipped' }
  if (bytes.includes(0)) return { file, message: 'binary file (contains NUL bytes); skipped' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { file, message: 'not valid UTF-8 text (save it as UTF-8); skipped' }
  }
  try {
    return parseArticle(text, file)
  } catch (error) {
    const message = (error as Error).message.replace(`${file}: `, '')
    return { file, message: `${message}; skipped` }
  }
}

/** Orders ids as a reader expects: `001` < `001-2` < `001-10` < `002`. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}

/** The corpus file name of an article id. */
export function articleFileName(id: string): string {
  return `${id}.md`
}

/**
 * Writes `article` to `<dir>/<id>.md` atomically (a temporary file renamed over the target), so a
 * reader never sees half a file. Creates `dir` when missing; returns the path written.
 */
export async function writeArticle(dir: string, article: Article & { source?: string }): Promise<string> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, articleFileName(article.id))
  const temp = join(dir, `.${article.id}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, formatArticle(article), 'utf8')
    await rename(temp, path)
  } catch (cause) {
    await rm(temp, { force: true })
    throw new Error(`cannot write ${path}`, { cause })
  }
  return path
}
