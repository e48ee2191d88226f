/**
 * GET /api/reconcile?left&right through REST: two stored texts (sources, or an
 * article in a locale) aligned by the facts they share; staff only; every bad
 * input a 400 with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ReconcileResponse } from '@/lib/reconcile/api'
import { importDocument } from '@/server/import'
import { createUser, startPayload, type TestPayload } from './payload'
import { chineseText, englishText, rest } from './reconcile/documents'

let test: TestPayload
let token = ''
let english = ''
let chinese = ''
let article = ''

beforeAll(async () => {
  test = await startPayload()
  const { email, password } = await createUser(test.payload, 'historian')
  token = (await test.payload.login({ collection: 'users', data: { email, password } })).token ?? ''
  const en = await importDocument(test.payload, englishText())
  const zh = await importDocument(test.payload, chineseText())
  english = `sources:${en.sourceId}`
  chinese = `sources:${zh.sourceId}`
  article = `articles:${zh.articleId}`
})
afterAll(async () => {
  await test?.close()
})

const reconcile = (query: string, as = token) => rest<ReconcileResponse>(test.payload, 'GET', `/reconcile?${query}`, as)
const pairOn = (response: ReconcileResponse, year: string) => response.pairs.find((pair) => pair.anchors.some((anchor) => anchor.left?.includes(year) && anchor.verdict === 'agree'))

describe('GET /api/reconcile', () => {
  it('aligns an English and a Chinese source by the dates they share, marking each anchor', async () => {
    const { status, body } = await reconcile(`left=${english}&right=${chinese}`)
    expect(status).toBe(200)
    expect(body.left).toMatchObject({ ref: english, title: 'Fort Karasu', language: 'en' })
    expect(body.right).toMatchObject({ ref: chinese, title: '喀拉苏堡', language: 'zh' })
    const founding = pairOn(body, '1862')
    expect(founding?.left.text).toContain('built in 1862')
    expect(founding?.right.text).toContain('同治元年（1862年）')
    // Each passage is where its side's segment says it is.
    const segment = body.right.segments.find((candidate) => candidate.id === founding?.right.segmentId)
    expect(segment?.text.slice(founding!.right.start, founding!.right.end)).toBe(founding?.right.text)
  })

  it("reads an article's body in the locale asked for", async () => {
    const { status, body } = await reconcile(`left=${english}&right=${article}&locale=zh`)
    expect(status).toBe(200)
    expect(body.right).toMatchObject({ ref: article, language: 'zh' })
    expect(body.right.segments.map((segment) => segment.text).join('\n')).toContain('同治元年（1862年）')
    expect(pairOn(body, '1862')).toBeDefined()
  })

  it('answers the public 404', async () => {
    const anonymous = await reconcile(`left=${english}&right=${chinese}`, '')
    expect(anonymous.status).toBe(404)
    expect(JSON.stringify(anonymous.body)).not.toContain('Karasu')
  })

  it('refuses bad input with 400 and the reason', async () => {
    const cases: [string, RegExp][] = [
      [`left=${english}&right=${english}`, /Both sides are/],
      [`left=${english}`, /right text/],
      [`left=karasu&right=${chinese}`, /"sources:<id>" or "articles:<id>"/],
      [`left=${english}&right=sources:no-such-source`, /no source with id no-such-source/],
      [`left=${english}&right=articles:no-such-article`, /no article with id no-such-article/],
      [`left=${english}&right=${article}&locale=ru`, /locale must be "en" or "zh"/],
    ]
    for (const [query, message] of cases) {
      const { status, body } = await reconcile(query)
      expect([query, status]).toEqual([query, 400])
      expect(body.errors?.[0]?.message).toMatch(message)
    }
  })

  it('refuses a text in another language, and an empty one', async () => {
    const russian = await test.payload.create({
      collection: 'sources',
      data: { title: 'Крепость', language: 'ru', kind: 'primary', rawText: 'Крепость стояла на реке с 1862 года.', segments: [{ segmentId: 'r1', kind: 'paragraph', sectionPath: '', text: 'Крепость стояла на реке с 1862 года.', start: 0, end: 36 }] },
    })
    const unsupported = await reconcile(`left=${english}&right=sources:${russian.id}`)
    expect(unsupported.status).toBe(400)
    expect(unsupported.body.errors?.[0]?.message).toMatch(/is in "ru"/)

    const empty = await test.payload.create({ collection: 'sources', data: { title: 'Blank', language: 'en', kind: 'primary', rawText: ' ', segments: [] } })
    const blank = await reconcile(`left=${english}&right=sources:${empty.id}`)
    expect(blank.status).toBe(400)
    expect(blank.body.errors?.[0]?.message).toMatch(/empty/)
  })
})
