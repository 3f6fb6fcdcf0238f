import { watchCorpus } from '../adapters/corpus-watch.js'
import type { Library } from '../core/library.js'
import { openLibraryWithProblems, type OpenLibraryOptions } from './open-library.js'

/** Where the corpus and index live, and whether to follow changes to the corpus. */
export interface LiveLibraryOptions extends Omit<OpenLibraryOptions, 'rebuild'> {
  /** Watch the corpus folder and reload after changes; default true. */
  watch?: boolean
  /** Quiet time after the last file change before reloading, in ms; default 500. */
  debounceMs?: number
  /** Opens a library (tests slow it down or make it fail); default openLibraryWithProblems. */
  open?: typeof openLibraryWithProblems
}

/** What a reload produced. */
export interface ReloadResult {
  passages: number
  articles: number
  ms: number
  /** Corpus files skipped (each logged with its reason). */
  problems: number
}

/** A library that can be rebuilt from the corpus while it keeps answering. */
export interface LiveLibrary {
  /** The library to answer with now; take it per question, do not keep it. */
  current(): Library
  /** Rebuilds from the corpus and swaps it in; calls during a reload share the next one. Rejects, keeping the old library, on failure. */
  reload(): Promise<ReloadResult>
  /** Stops watching; the current library keeps working. */
  close(): void
}

/**
 * Opens the library, then reloads it in the background when the corpus changes (if `watch`) or
 * on `reload()`. Questions asked meanwhile are answered by the old library; the swap is one
 * assignment. A failed reload, or one that would leave no article at all, keeps the old library.
 */
export async function createLiveLibrary(options: LiveLibraryOptions): Promise<LiveLibrary> {
  const { watch = true, debounceMs = 500, open = openLibraryWithProblems, ...openOptions } = options
  const opened = await open(openOptions)
  let library = opened.library
  let state = opened.state
  let running: Promise<ReloadResult> | undefined
  let queued: Promise<ReloadResult> | undefined

  const rebuild = async (): Promise<ReloadResult> => {
    const started = Date.now()
    try {
      // changed articles are re-indexed in place; a whole new index is built by a worker while
      // the bot keeps answering from the old one
      const next = await open({ ...openOptions, background: true }, state)
      if (next.library.articleCount === 0 && library.articleCount > 0) {
        throw new Error('the corpus has no readable article now (a half-finished copy?)')
      }
      library = next.library
      state = next.state
      const result = { passages: library.passageCount, articles: library.articleCount, ms: Date.now() - started, problems: next.problems.length }
      openOptions.log(`reload: ${result.passages} passages from ${result.articles} articles in ${result.ms} ms (${result.problems} files skipped)`)
      return result
    } catch (cause) {
      const error = new Error(`reload failed, still answering from the previous index: ${(cause as Error).message}`, { cause })
      openOptions.log(error.message)
      throw error
    }
  }

  const reload = (): Promise<ReloadResult> => {
    if (running === undefined) {
      running = rebuild().finally(() => {
        running = undefined
      })
      return running
    }
    // files may have changed after the running reload read them: one more run covers every caller
    queued ??= running.catch(() => undefined).then(() => {
      queued = undefined
      return reload()
    })
    return queued
  }

  const stop = watch
    ? watchCorpus(openOptions.corpusDir, () => void reload().catch(() => {}), {
        debounceMs,
        onError: (error) => openOptions.log(`reload: stopped watching ${openOptions.corpusDir} (${error.message})`),
      })
    : () => {}
  return { current: () => library, reload, close: stop }
}
