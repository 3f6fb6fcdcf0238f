import { openLibrary } from '../app/open-library.js'
import { defaultPaths, logToStderr } from './paths.js'

// `npm run index`: rebuilds the saved index from corpus/ even when it looks current.
openLibrary({ ...defaultPaths, log: logToStderr, rebuild: true }).then(
  (library) => logToStderr(`index: ${library.passageCount} passages from ${library.articleCount} articles saved in ${defaultPaths.indexDir}`),
  (error: unknown) => {
    logToStderr(`index: ${(error as Error).message}`)
    process.exitCode = 1
  },
)
