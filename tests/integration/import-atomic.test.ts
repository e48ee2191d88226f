/**
 * Atomicity of the import: a failure in the middle of the write (here a hook
 * that throws, as a database error would) leaves no source, no article and no
 * orphan citations, places, people, events or maps, and a failed re-import
 * leaves the earlier import exactly as it was.
 */
import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import { corpusDocument, databaseState, EMPTY_COUNTS, recordCounts, withText } from './import/fixtures'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
const injected: { collection: CollectionSlug; hook: CollectionBeforeChangeHook }[] = []

/** Makes the nth write to a collection fail, as a database error would. */
function failOnWrite(collection: CollectionSlug, nth = 1) {
  let writes = 0
  const hook: CollectionBeforeChangeHook = ({ data }) => {
    if (++writes >= nth) throw new Error(`Injected failure writing ${collection}`)
    return data
  }
  const hooks = test.payload.collections[collection].config.hooks
  hooks.beforeChange = [...(hooks.beforeChange ?? []), hook]
  injected.push({ collection, hook })
}

beforeAll(async () => {
  test = await startPayload()
})
afterEach(() => {
  for (const { collection, hook } of injected.splice(0)) {
    const hooks = test.payload.collections[collection].config.hooks
    hooks.beforeChange = (hooks.beforeChange ?? []).filter((candidate) => candidate !== hook)
  }
})
afterAll(async () => {
  await test?.close()
})

describe('a failure part-way through an import', () => {
  it('on the third event (after the source, its citations and two events were written) leaves nothing in any collection', async () => {
    failOnWrite('events', 3)
    await expect(importDocument(test.payload, await corpusDocument('002'))).rejects.toThrow(/Injected failure writing events/)
    expect(await recordCounts(test.payload)).toEqual(EMPTY_COUNTS)
  })

  it('on the article (the last write) leaves no orphan places or people', async () => {
    failOnWrite('articles')
    await expect(importDocument(test.payload, await corpusDocument('001'))).rejects.toThrow(/Injected failure writing articles/)
    expect(await recordCounts(test.payload)).toEqual(EMPTY_COUNTS)
  })

  it('then succeeds once the cause is gone', async () => {
    const summary = await importDocument(test.payload, await corpusDocument('002'))
    expect(summary.status).toBe('created')
    expect(await recordCounts(test.payload)).toMatchObject({ sources: 1, articles: 1, citations: 26, events: 3, maps: 4 })
  })

  it('of a changed file leaves the earlier import exactly as it was', async () => {
    const { docs } = await test.payload.find({ collection: 'sources', depth: 0, limit: 1 })
    const before = await databaseState(test.payload)
    failOnWrite('articles')
    const changed = withText(await corpusDocument('002'), (text) => text.replace('Treaty of Nerchinsk', 'Treaty of Nerchinsk (1689)'))
    await expect(importDocument(test.payload, changed, { versionOf: docs[0]?.id })).rejects.toThrow(/Injected failure writing articles/)
    expect(await databaseState(test.payload)).toEqual(before)
  })
})
