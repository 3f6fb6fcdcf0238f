import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { readMigrations } from '../../src/adapters/postgres/migrate.js'
import { useFreshDatabase } from '../helpers/postgres-database.js'

// Runs `npm run migrate` the way an operator would.
function runMigrate(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/migrate.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }))
  })
}

const databaseUrl = useFreshDatabase()

describe('npm run migrate', () => {
  it('applies the migrations once, then finds the schema current', async () => {
    const where = databaseUrl().replace(/:[^:@/]+@/, ':***@')
    const versions = (await readMigrations()).map((m) => m.version)
    expect(await runMigrate({ DATABASE_URL: databaseUrl() })).toEqual({ code: 0, stderr: `migrate: applied ${versions.join(', ')} to ${where}\n` })
    expect(await runMigrate({ DATABASE_URL: databaseUrl() })).toEqual({ code: 0, stderr: `migrate: ${where} is current (version ${versions.at(-1)})\n` })
  }, 60_000)

  it('fails with exit code 1 and a clear message, never the password, when it cannot do its work', async () => {
    expect(await runMigrate({ DATABASE_URL: '' })).toEqual({ code: 1, stderr: 'migrate: DATABASE_URL is not set (postgres://user:password@host:port/database)\n' })
    // port 1 on loopback: nothing listens there, so the connection is refused at once
    const unreachable = await runMigrate({ DATABASE_URL: 'postgres://wenda:s3cret-pw@127.0.0.1:1/wenda' })
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toBe('migrate: postgres://wenda:***@127.0.0.1:1/wenda: cannot migrate the database schema: connect ECONNREFUSED 127.0.0.1:1\n')
  }, 60_000)
})
