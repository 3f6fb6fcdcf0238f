import { createHash, randomBytes } from 'node:crypto'
import { isUtf8 } from 'node:buffer'
import { readFileSync, statSync } from 'node:fs'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isArticleId, maxIdBytes } from '../core/article-id.js'
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

/** Largest article file read (bytes); a bigger `.md` file is almost surely not an article. */
export const maxArticleBytes = 5 * 1024 * 1024

/**
 * Reads every `*.md` article in `dir` (not README.md, not hidden files such as editor locks).
 * Unreadable, oversized, empty, binary or non-UTF-8 files, malformed metadata and duplicate ids are
 * reported as problems naming the file and skipped. Throws only when the folder cannot be read.
 */
export async function readCorpus(dir: string, cache?: CorpusCache): Promise<Corpus> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter(isArticleName).sort()
  } catch (cause) {
    throw new Error(`cannot read the corpus folder ${dir}`, { cause })
  }
  const hash = createHash('sha256')
  const files = names.map((name) => {
    const read = readArticleBytes(join(dir, name))
    // unreadable files are hashed too, so the index is rebuilt once the file becomes readable
    if (typeof read === 'string') hash.update(`${name}\0!${read}\0`)
    else hash.update(`${name}\0${read.length}\0`).update(read)
    return { name, read }
  })
  const fingerprint = hash.digest('hex')
  const cached = await cache?.load(fingerprint)
  if (cached !== undefined) {
    rememberParsed(files, cached.articles)
    return { ...cached, fingerprint }
  }
  const parsed = parseCorpusFiles(files)
  await cache?.save(fingerprint, parsed)
  return { ...parsed, fingerprint }
}

/** The parsed part of a corpus, which a {@link CorpusCache} keeps by fingerprint. */
export type ParsedCorpus = Pick<Corpus, 'articles' | 'problems'>

/** Keeps parsed corpora by fingerprint: parsing 15,000 articles takes seconds, reading them does not. */
export interface CorpusCache {
  load(fingerprint: string): Promise<ParsedCorpus | undefined>
  save(fingerprint: string, parsed: ParsedCorpus): Promise<void>
}

// The articles this process parsed last, by file name and content: a reload after one file changed
// parses that file again, not the 15,000 others (parsing front matter is most of reading a corpus).
let lastParsed = new Map<string, StoredArticle | CorpusProblem>()

function contentKey(name: string, bytes: Buffer): string {
  return `${name}\0${createHash('sha1').update(bytes).digest('hex')}`
}

// A corpus read from the cache was parsed by an earlier process: its articles stand for their files.
function rememberParsed(files: readonly { name: string; read: Buffer | string }[], articles: readonly StoredArticle[]): void {
  const byFile = new Map(articles.map((a) => [articleFileName(a.id), a]))
  lastParsed = new Map()
  for (const { name, read } of files) {
    const article = byFile.get(name)
    if (article !== undefined && typeof read !== 'string') lastParsed.set(contentKey(name, read), article)
  }
}

function parseCorpusFiles(files: readonly { name: string; read: Buffer | string }[]): ParsedCorpus {
  const articles: StoredArticle[] = []
  const problems: CorpusProblem[] = []
  const seen = new Map<string, string>()
  const parsed = new Map<string, StoredArticle | CorpusProblem>()
  for (const { name, read } of files) {
    if (typeof read === 'string') {
      problems.push({ file: name, message: `${read}; skipped` })
      continue
    }
    const key = contentKey(name, read)
    const result = lastParsed.get(key) ?? loadArticle(name, read)
    parsed.set(key, result)
    if ('message' in result) {
      problems.push(result)
      continue
    }
    if (!isArticleId(result.id)) {
      problems.push({ file: name, message: `id "${result.id}" may hold only letters, digits, - and _ (at most ${maxIdBytes} bytes); skipped` })
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
  lastParsed = parsed
  articles.sort((a, b) => compareIds(a.id, b.id))
  return { articles, problems }
}


// Hidden files are editor locks and swap files (emacs `.#x.md` is a dangling symlink).
function isArticleName(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('.') && !ignoredFiles.has(name.toLowerCase())
}

/**
 * The file's bytes, or why they cannot be read (a folder, a dangling link, no permission, too big).
 * Synchronous on purpose: promise-based reads cost ~0.7 ms per small file, 10 s for 15,000 articles.
 */
function readArticleBytes(path: string): Buffer | string {
  try {
    const info = statSync(path)
    if (!info.isFile()) return 'not a regular file'
    if (info.size > maxArticleBytes) return `too large (${info.size} bytes, at most ${maxArticleBytes})`
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return `cannot be read (${code === 'ENOENT' ? 'missing or a dangling link' : code})`
  }
}

function loadArticle(file: string, bytes: Buffer): StoredArticle | CorpusProblem {
  if (bytes.includes(0)) return { file, message: 'binary file (contains NUL bytes); skipped' }
  if (countControlBytes(bytes) > 8) return { file, message: 'binary file (contains control characters); skipped' }
  if (!isUtf8(bytes)) return { file, message: 'not valid UTF-8 text (save it as UTF-8); skipped' }
  const text = bytes.toString('utf8')
  if (text.trim() === '') return { file, message: 'empty file; skipped' }
  try {
    return parseArticle(text, file)
  } catch (error) {
    const message = (error as Error).message.replace(`${file}: `, '')
    return { file, message: `${message}; skipped` }
  }
}

// Text never holds C0 controls other than tab, newline, form feed and carriage return.
function countControlBytes(bytes: Buffer): number {
  let count = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) count++
  }
  return count
}

/** Orders ids as a reader expects: `001` < `001-2` < `001-10` < `002`. */
export function compareIds(a: string, b: string): number {
  return idCollator.compare(a, b)
}

// localeCompare with options builds a collator per call: 50× slower on a large corpus
const idCollator = new Intl.Collator('en', { numeric: true })

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
