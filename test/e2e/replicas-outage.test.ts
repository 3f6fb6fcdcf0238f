import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { startPostgresCluster, type PostgresCluster } from '../helpers/postgres-cluster.js'
import { createDatabase } from '../helpers/postgres-database.js'
import { testToken } from './bot-harness.js'
import { deliver, deliverUntilAcknowledged, spawnReplica, startReplica, textUpdate, type Replica } from './replica-processes.js'

// A bot process keeping its state in PostgreSQL while the database stops and starts again. This
// file stops its database, so it has a cluster of its own.

let cluster: PostgresCluster
let databaseUrl: string
let api: FakeBotApi
let replica: Replica | undefined

beforeAll(async () => {
  cluster = await startPostgresCluster()
  databaseUrl = (await createDatabase(cluster.url)).url
  api = await FakeBotApi.start()
  replica = await startReplica(api.url, databaseUrl)
}, 90_000)

afterAll(async () => {
  replica?.child.kill('SIGKILL')
  await replica?.exited
  await api?.close()
  await cluster?.destroy()
})

const answersTo = (id: number) => api.callsTo('sendMessage').filter((c) => c.params.reply_parameters?.message_id === id)

describe('a replica whose database goes away and comes back', () => {
  it('asks Telegram to deliver again while the database is down, says why without the password, and answers once it is back, without a restart', async () => {
    const before = textUpdate('明前茶多少钱一斤')
    expect(await deliver(replica!, before)).toBe(200)
    expect(answersTo(before.update_id)).toHaveLength(1)

    await cluster.stop()
    const during = textUpdate('明前茶多少钱一斤')
    expect(await deliver(replica!, during)).toBe(503)
    expect(await deliver(replica!, during)).toBe(503)
    expect(replica!.child.exitCode).toBeNull()
    const warning = replica!.log().find((line) => line.msg === 'update ledger unavailable')
    expect(JSON.stringify(warning)).toMatch(/cannot claim update \d+ in the database: (connect ECONNREFUSED|Connection terminated)/)
    expect(answersTo(during.update_id)).toEqual([])

    await cluster.start()
    await deliverUntilAcknowledged([replica!], during, 20_000)
    expect(answersTo(during.update_id)).toHaveLength(1)
    expect(await deliver(replica!, during)).toBe(200) // a later copy is a duplicate
    expect(answersTo(during.update_id)).toHaveLength(1)
    expect(replica!.child.exitCode).toBeNull()
    expect(replica!.stderr()).not.toContain(new URL(databaseUrl).password)
    expect(replica!.stderr()).not.toContain(testToken)
    expect(api.violations).toEqual([])
  }, 60_000)

  it('refuses to start, in one line without the password, when the database cannot be reached at start-up', async () => {
    const down = new URL(databaseUrl)
    down.port = '1' // nothing listens there
    const failed = spawnReplica(api.url, down.toString())
    expect(await failed.exited).toBe(1)
    expect(failed.stderr().trim().split('\n').at(-1)).toMatch(/^wenda: cannot migrate the database schema: connect ECONNREFUSED 127\.0\.0\.1:1$/)
    expect(failed.stderr()).not.toContain(down.password)
  }, 30_000)
})
