import type { TestProject } from 'vitest/node'
import { startPostgresCluster } from './postgres-cluster.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test run's throwaway PostgreSQL (its `postgres` database). */
    postgresUrl: string
  }
}

/** Starts one throwaway PostgreSQL for the whole test run; test files each make their own database in it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster()
  project.provide('postgresUrl', cluster.url)
  return () => cluster.destroy()
}
