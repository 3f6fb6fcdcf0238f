import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // one throwaway PostgreSQL for the run (~1 s); each PostgreSQL test file makes its own database in it
    globalSetup: ['test/helpers/postgres-global-setup.ts'],
    // temporary directories tests make are removed after each test file
    setupFiles: ['test/helpers/remove-temporary-directories.ts'],
    // jieba's dictionary load costs ~250 MB per worker: keep the pool small on 2-core machines
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
