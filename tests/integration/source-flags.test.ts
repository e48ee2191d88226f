/**
 * A source's editorial flags are computed, never typed: the importer's and
 * the checks' high-severity findings, each with the passage it is about;
 * resolved when a decision settles the finding, gone when the cause is; and
 * counted into fields a list can filter by.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import type { Source, User } from '@/payload-types'
import { createUser, startPayload, type TestPayload } from './payload'
import { BROKEN_DATE, MAGNITUDE, MT_PARAGRAPHS, mtDocument } from './publish/documents'

let t: TestPayload
let editor: User & { collection: 'users' }

beforeAll(async () => {
  t = await startPayload()
  editor = (await createUser(t.payload, 'editor')).user
})
afterAll(async () => t?.close())

const readSource = (id: number | string) => t.payload.findByID({ collection: 'sources', id, depth: 0 })
const findingFlags = (source: Source) => (source.flags ?? []).filter((flag) => flag.kind === 'check-finding')
const sourcesWithOpen = async (kind: string) =>
  (await t.payload.find({ collection: 'sources', depth: 0, pagination: false, where: { openFlagKinds: { in: [kind] } } })).docs.map((doc) => String(doc.id))

describe('editorial flags', () => {
  it('are computed on import with the passage they are about, and counted for filtering', async () => {
    const { sourceId } = await importDocument(t.payload, mtDocument(), { user: editor })
    const source = await readSource(sourceId)
    const flags = findingFlags(source)
    expect(flags.map((flag) => [flag.quote, flag.passage, flag.resolved])).toEqual([
      [BROKEN_DATE, MT_PARAGRAPHS[1], false],
      [MAGNITUDE, MT_PARAGRAPHS[1], false],
    ])
    expect(flags[0]!.message).toMatch(/February 1864/)
    // The importer's own flags carry their passage too (the document has no notes: no paragraph is cited).
    const unsourced = (source.flags ?? []).filter((flag) => flag.kind === 'unsourced-paragraph')
    expect(unsourced.length).toBeGreaterThan(0)
    expect(unsourced.every((flag) => MT_PARAGRAPHS.includes(flag.passage ?? ''))).toBe(true)
    expect(source.openFlagCount).toBe((source.flags ?? []).length)
    expect(source.openFlagKinds).toContain('check-finding')
    expect(await sourcesWithOpen('check-finding')).toContain(String(sourceId))
    const counted = await t.payload.find({ collection: 'sources', depth: 0, where: { openFlagCount: { greater_than: 1 } } })
    expect(counted.docs.map((doc) => String(doc.id))).toContain(String(sourceId))
  })

  it('cannot be typed: a write that sets them leaves the computed flags', async () => {
    const { sourceId } = await importDocument(t.payload, mtDocument(), { user: editor })
    const before = await readSource(sourceId)
    await t.payload.update({ collection: 'sources', id: sourceId, data: { flags: [{ kind: 'empty-note', message: 'Typed by hand.', resolved: true }] }, user: editor, overrideAccess: false })
    const after = await readSource(sourceId)
    expect(after.flags?.map((flag) => [flag.kind, flag.quote, flag.resolved])).toEqual(before.flags?.map((flag) => [flag.kind, flag.quote, flag.resolved]))
    expect(after.openFlagCount).toBe(before.openFlagCount)
  })

  it('resolve themselves when the finding is decided, and go when the text no longer has the defect', async () => {
    const url = 'https://chronicle.test/kobdo-flags'
    const first = mtDocument()
    first.manifest = { ...first.manifest!, origin: { ...first.manifest!.origin!, url } }
    const { sourceId, articleId } = await importDocument(t.payload, first, { user: editor })
    const before = await readSource(sourceId)
    const flag = findingFlags(before).find((row) => row.quote === MAGNITUDE)!
    await t.payload.create({
      collection: 'finding-decisions',
      data: { source: sourceId, article: articleId, locale: 'en', findingKey: 'test', kind: 'implausible-magnitude', severity: 'high', segmentId: flag.segmentId, quote: MAGNITUDE, start: 0, end: MAGNITUDE.length, action: 'dismissed', reason: 'The figure is the chronicle’s own boast.' },
      user: editor,
      overrideAccess: false,
    } as never)
    const decided = await readSource(sourceId)
    expect(findingFlags(decided).map((row) => [row.quote, row.resolved])).toEqual([
      [BROKEN_DATE, false],
      [MAGNITUDE, true],
    ])
    expect(decided.openFlagCount).toBe((before.openFlagCount ?? 0) - 1)

    const fixed = mtDocument(MT_PARAGRAPHS.map((text) => text.replace(BROKEN_DATE, 'February 1864')))
    fixed.manifest = first.manifest
    await importDocument(t.payload, fixed, { user: editor })
    const reimported = await readSource(sourceId)
    expect(findingFlags(reimported).map((row) => [row.quote, row.resolved])).toEqual([[MAGNITUDE, true]])
    expect(reimported.openFlagKinds).not.toContain('check-finding')
    expect(await sourcesWithOpen('check-finding')).not.toContain(String(sourceId))
  })
})
