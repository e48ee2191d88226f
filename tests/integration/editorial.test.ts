import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, refusal, startPayload, type TestPayload } from './payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

describe('start-up', () => {
  it('applies the committed migrations to a fresh database', async () => {
    const { docs } = await t.payload.find({ collection: 'payload-migrations', limit: 0 })
    const { migrations } = await import('@/migrations')
    if (process.env.TEST_MONGODB_URI) return // MongoDB needs no schema migrations.
    expect(docs.map((m) => m.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })

  it('answers /api/health while the database answers', async () => {
    const response = await handleEndpoints({ config: t.payload.config, request: new Request('http://localhost:3000/api/health') })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' })
  })
})

describe('slugs', () => {
  it('are generated from the title, in pinyin for a Chinese title', async () => {
    const zh = await t.payload.create({ collection: 'articles', locale: 'zh', data: { title: '伊犁条约', _status: 'draft' } })
    expect(zh.slug).toBe('yi-li-tiao-yue')
    const en = await t.payload.create({ collection: 'places', data: { name: 'Albazin' } })
    expect(en.slug).toBe('albazin')
  })

  it('are unique: a second identical title gets a numbered slug', async () => {
    const a = await t.payload.create({ collection: 'articles', data: { title: 'Treaty of Nerchinsk', _status: 'draft' } })
    const b = await t.payload.create({ collection: 'articles', data: { title: 'Treaty of Nerchinsk', _status: 'draft' } })
    expect(a.slug).toBe('treaty-of-nerchinsk')
    expect(b.slug).toBe('treaty-of-nerchinsk-2')
  })

  it('are generated when left empty, editable until publication, then permanent', async () => {
    const draft = await t.payload.create({ collection: 'articles', data: { title: 'Ili crisis', _status: 'draft' } })
    expect(draft.slug).toBe('ili-crisis')
    // Retitled, a draft keeps its slug (links to a preview keep working) ...
    const retitledDraft = await t.payload.update({ collection: 'articles', id: draft.id, data: { title: 'Ili crisis of 1871' } })
    expect(retitledDraft.slug).toBe('ili-crisis')
    // ... and, emptied, takes a new one from its current title.
    const regenerated = await t.payload.update({ collection: 'articles', id: draft.id, data: { slug: '' } })
    expect(regenerated.slug).toBe('ili-crisis-of-1871')
    const renamed = await t.payload.update({ collection: 'articles', id: draft.id, data: { slug: 'ili-crisis-1871' } })
    expect(renamed.slug).toBe('ili-crisis-1871')
    const published = await t.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    expect(published.publishedAt).toBeTruthy()
    expect(await refusal(t.payload.update({ collection: 'articles', id: draft.id, data: { slug: 'something-else' } }))).toMatch(/permanent/)
    const retitled = await t.payload.update({ collection: 'articles', id: draft.id, data: { title: 'The Ili crisis' } })
    expect(retitled.slug).toBe('ili-crisis-1871')
    const unpublished = await t.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'draft' } })
    expect(unpublished.publishedAt).toBe(published.publishedAt)
  })
})

describe('content rules', () => {
  it('keeps a source’s raw text as imported', async () => {
    const source = await t.payload.create({
      collection: 'sources',
      data: { title: 'Test source', language: 'en', kind: 'wiki', rawText: 'The Treaty of Nerchinsk (1689).' },
    })
    expect(source.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(await refusal(t.payload.update({ collection: 'sources', id: source.id, data: { rawText: 'Edited.' } }))).toMatch(/cannot be edited/)
    const kept = await t.payload.findByID({ collection: 'sources', id: source.id })
    expect(kept.rawText).toBe('The Treaty of Nerchinsk (1689).')
  })

  it('validates and normalizes ISBNs and computes the deduplication key', async () => {
    const work = await t.payload.create({
      collection: 'citations',
      data: { type: 'book', title: { original: 'A History of the Peoples of Siberia' }, authors: [{ family: 'Forsyth', given: 'James' }], issued: '1994', isbn: '0521477719' },
    })
    expect(work.isbn).toBe('978-0-521-47771-0')
    expect(work.dedupKey).toBe('isbn:9780521477710')
    expect(await refusal(
      t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Bad' }, isbn: '978-0-521-47771-1' } }),
    )).toMatch(/ISBN check digit wrong: "978-0-521-47771-1"/)
  })

  it('keeps the original calendar form of a date beside a sortable Gregorian date', async () => {
    const event = await t.payload.create({
      collection: 'events',
      data: { name: 'Treaty of Saint Petersburg', start: { date: '1881-02-24', precision: 'day', originalText: '光绪七年正月二十六日' } },
    })
    expect(event.start?.sortKey).toBe(18810224)
    expect(event.start?.originalText).toBe('光绪七年正月二十六日')
    expect(await refusal(t.payload.create({ collection: 'events', data: { name: 'Bad date', start: { date: 'spring 1881' } } }))).toMatch(/YYYY/)
  })

  it('anchors an annotation in exactly one text and records its real author', async () => {
    const { user } = await createUser(t.payload, 'historian')
    const { user: other } = await createUser(t.payload, 'historian')
    const source = await t.payload.create({ collection: 'sources', data: { title: 'S', language: 'en', kind: 'wiki', rawText: 'Agubai' } })
    const note = await t.payload.create({
      collection: 'annotations',
      user,
      overrideAccess: false,
      data: { target: { source: source.id }, exact: 'Agubai', motivation: 'flagging-mt-error', suggestedReplacement: 'Yakub Beg', author: other.id },
    })
    expect(note.author).toMatchObject({ id: user.id })
    expect(await refusal(t.payload.create({ collection: 'annotations', data: { exact: 'x', motivation: 'commenting' } }))).toMatch(/either a source or an article/)
  })

  it('refuses GeoJSON that is not a FeatureCollection', async () => {
    expect(await refusal(
      t.payload.create({ collection: 'maps', data: { title: 'Bad map', _status: 'draft', features: { type: 'Point', coordinates: [81.3, 43.9] } } }),
    )).toMatch(/GeoJSON/)
    const ok = await t.payload.create({
      collection: 'maps',
      data: {
        title: 'Ili valley',
        _status: 'draft',
        features: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'fort', name: { en: 'Ili fort' }, from: 1871, to: 1881 }, geometry: { type: 'Point', coordinates: [81.3, 43.9] } }] },
      },
    })
    expect(ok.slug).toBe('ili-valley')
  })
})
