import { afterAll } from 'vitest'
import { removeTemporaryDirectories } from './temporary-directory.js'

// A setup file: its hook runs after the test file's own (hooks run in reverse order), so the bots
// and libraries using the directories have stopped by then.
afterAll(removeTemporaryDirectories)
