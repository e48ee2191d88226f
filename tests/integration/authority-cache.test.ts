/**
 * The name authority the checks read is kept in memory between requests
 * (server/reconcile/authorityIndex): a changed place or person must show in
 * the very next answer of GET /api/sources/:id/findings — changed here (the
 * collection's hooks drop the index), and changed where this process's hooks
 * do not run (another server instance on the database, a CLI import: the
 * stored stamp shows it). English and Chinese sources, through REST.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FindingsResponse } from '@/lib/reconcile/api'
import type { Place } from '@/payload-types'
import { importDocument } from '@/server/import'
import { authorityHooks } from '@/server/reconcile/authorityIndex'
import { createUser, startPayload, type TestPayload } from './payload'
import { chineseText, englishText, rest } from './reconcile/documents'

let test: TestPayload
let token = ''
const sources: Record<'en' | 'zh', string> = { en: '', zh: '' }
let kashgar: Place['id']
let karasu: Place['id']

type Names = NonNullable<Place['names']>

beforeAll(async () => {
  test = await startPayload()
  const { email, password } = await createUser(test.payload, 'editor')
  token = (await test.payload.login({ collection: 'users', data: { email, password } })).token ?? ''
  kashgar = (await test.payload.create({ collection: 'places', data: { name: 'Kashgar', names: [{ name: 'Kashgar', language: 'en', kind: 'official' }, { name: '喀什噶尔', language: 'zh', kind: 'official' }] } })).id
  karasu = (await test.payload.create({ collection: 'places', data: { name: 'Karasu', names: [{ name: 'Karasu', language: 'en', kind: 'official' }, { name: '哈拉苏', language: 'zh', kind: 'official' }] } })).id
  sources.en = String((await importDocument(test.payload, englishText())).sourceId)
  sources.zh = String((await importDocument(test.payload, chineseText())).sourceId)
})
afterAll(async () => {
  await test?.close()
})

/** The findings on a source's names, as kind and quote. */
async function nameFindings(language: 'en' | 'zh') {
  const { status, body } = await rest<FindingsResponse>(test.payload, 'GET', `/sources/${sources[language]}/findings`, token)
  expect(status).toBe(200)
  return body.findings.filter((finding) => finding.kind.endsWith('-name')).map((finding) => [finding.kind, finding.quote])
}

const renamePlace = (id: Place['id'], names: Names) => test.payload.update({ collection: 'places', id, data: { names }, depth: 0 })

/** A change this process's hooks do not see: as another server instance (or the CLI) makes it. */
async function elsewhere<T>(change: () => Promise<T>): Promise<T> {
  const hooks = test.payload.collections.places.config.hooks
  const ours = new Set<unknown>(authorityHooks.afterChange)
  const before = hooks.afterChange
  hooks.afterChange = before.filter((hook) => !ours.has(hook))
  try {
    return await change()
  } finally {
    hooks.afterChange = before
  }
}

describe('the name authority the checks read', () => {
  it('English: a rendering recorded as machine translation is seen at the next request, changed here or elsewhere', async () => {
    expect(await nameFindings('en')).toContainEqual(['pinyin-name', 'Kashengaer'])
    expect(await nameFindings('en'), 'asked again, the same').toContainEqual(['pinyin-name', 'Kashengaer'])

    const official: Names = [
      { name: 'Kashgar', language: 'en', kind: 'official' },
      { name: '喀什噶尔', language: 'zh', kind: 'official' },
    ]
    await renamePlace(kashgar, [...official, { name: 'Kashengaer', language: 'en', kind: 'machine-translation' }])
    expect(await nameFindings('en')).toContainEqual(['machine-translated-name', 'Kashengaer'])

    await elsewhere(() => renamePlace(kashgar, official))
    const after = await nameFindings('en')
    expect(after).toContainEqual(['pinyin-name', 'Kashengaer'])
    expect(after).not.toContainEqual(['machine-translated-name', 'Kashengaer'])
  })

  it('Chinese: a place added, and one deleted elsewhere, change the findings at the next request', async () => {
    expect(await nameFindings('zh')).not.toContainEqual(['machine-translated-name', '喀拉苏'])
    await renamePlace(karasu, [
      { name: 'Karasu', language: 'en', kind: 'official' },
      { name: '哈拉苏', language: 'zh', kind: 'official' },
      { name: '喀拉苏', language: 'zh', kind: 'machine-translation' },
    ])
    expect(await nameFindings('zh')).toContainEqual(['machine-translated-name', '喀拉苏'])

    // Deleted where this process's hooks do not run: the count of places changes.
    const hooks = test.payload.collections.places.config.hooks
    const ours = new Set<unknown>(authorityHooks.afterDelete)
    const before = hooks.afterDelete
    hooks.afterDelete = before.filter((hook) => !ours.has(hook))
    try {
      await test.payload.delete({ collection: 'places', id: karasu })
    } finally {
      hooks.afterDelete = before
    }
    expect(await nameFindings('zh')).not.toContainEqual(['machine-translated-name', '喀拉苏'])
  })
})
