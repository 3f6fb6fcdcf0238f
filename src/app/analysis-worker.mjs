// Worker threads do not inherit tsx's loader, so this plain module loads the TypeScript worker.
import { tsImport } from 'tsx/esm/api'

await tsImport('./analysis-worker.ts', import.meta.url)
