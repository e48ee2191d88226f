/**
 * server/transaction.ts on its own: an error thrown by our own code (not by a
 * Payload operation, which rolls back by itself) between writes must undo
 * every write made with the unit of work's request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inTransaction } from '@/server/transaction'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => {
  await test?.close()
})

const placesNamed = async (name: string) =>
  (await test.payload.find({ collection: 'places', depth: 0, pagination: false, where: { name: { equals: name } } })).docs.map((doc) => doc.name)

describe('inTransaction', () => {
  it('commits every write when the work succeeds', async () => {
    const { payload } = test
    await inTransaction(payload, async (req) => {
      await payload.create({ collection: 'places', req, data: { name: 'Kerulen ford' } })
      await payload.create({ collection: 'places', req, data: { name: 'Kerulen ford' } })
    })
    expect(await placesNamed('Kerulen ford')).toEqual(['Kerulen ford', 'Kerulen ford'])
  })

  it('leaves nothing when our own code throws a plain error after the writes', async () => {
    const { payload } = test
    const attempt = inTransaction(payload, async (req) => {
      await payload.create({ collection: 'places', req, data: { name: 'Tasgan crossing' } })
      await payload.create({ collection: 'people', req, data: { name: 'Ivan Tasganov' } })
      // As the importer does when a plan cites a work that is not among its works.
      throw new Error('The import plan cites "work:nobody", which is not among its works.')
    })
    await expect(attempt).rejects.toThrow('which is not among its works')
    expect(await placesNamed('Tasgan crossing')).toEqual([])
    expect((await payload.count({ collection: 'people', where: { name: { equals: 'Ivan Tasganov' } } })).totalDocs).toBe(0)
  })

  it('still serves the next unit of work after a rollback', async () => {
    const { payload } = test
    await inTransaction(payload, (req) => payload.create({ collection: 'places', req, data: { name: 'Argun ferry' } }))
    expect(await placesNamed('Argun ferry')).toEqual(['Argun ferry'])
  })
})
