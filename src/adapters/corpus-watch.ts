import { watch, type FSWatcher } from 'node:fs'

/** How the corpus folder is watched. */
export interface CorpusWatchOptions {
  /** Quiet time after the last change before `onChange` runs, in ms; default 500. */
  debounceMs?: number
  /** Reports a watcher failure (the folder vanished, too many watchers); default ignore. */
  onError?: (error: Error) => void
}

/** Stops watching; safe to call twice. */
export type StopWatching = () => void

// Hidden files (editor swap files, writeArticle's `.x.tmp`) change while typing, not on save.
const relevantFile = /^[^.].*\.(md|txt)$/i

/**
 * Calls `onChange` once after a burst of changes to article files, synonyms.txt, aliases.txt or userdict.txt
 * in `dir` settles (a save, a `git pull`, an import of many files). Not recursive.
 */
export function watchCorpus(dir: string, onChange: () => void, options: CorpusWatchOptions = {}): StopWatching {
  const { debounceMs = 500, onError = () => {} } = options
  let timer: NodeJS.Timeout | undefined
  let watcher: FSWatcher | undefined
  const stop = (): void => {
    clearTimeout(timer)
    watcher?.close()
    watcher = undefined
  }
  watcher = watch(dir, { persistent: false }, (_event, name) => {
    // some platforms give no file name: treat it as relevant rather than miss a change
    if (name !== null && !relevantFile.test(name)) return
    clearTimeout(timer)
    timer = setTimeout(onChange, debounceMs)
  })
  watcher.on('error', (error) => {
    stop()
    onError(error)
  })
  return stop
}
