import { resolve } from 'node:path'

/** Default corpus and index folders, relative to the working directory (the project root). */
export const defaultPaths = {
  corpusDir: resolve(process.env.CORPUS_DIR ?? 'corpus'),
  indexDir: resolve(process.env.INDEX_DIR ?? 'index'),
}

/** Logs to stderr so stdout stays clean for answers and JSON. */
export const logToStderr = (message: string): void => {
  process.stderr.write(`${message}\n`)
}
