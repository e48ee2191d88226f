/**
 * Merging works (POST /api/citations/:id/merge) by role, against WORK_MERGE in
 * access/matrix.ts: editors and admins merge, historians and the public are
 * refused and nothing changes. Ids are never assumed to be numbers or strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restLogin, restRaw, sameId, type Actor, type Id, type RoleName } from './access/clients'
import { marker } from './access/fixtures'
import { WORK_MERGE } from './access/matrix'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
const actors = {} as Record<RoleName, Actor>

beforeAll(async () => {
  t = await startPayload()
  // The first account ever made becomes admin (firstUserIsAdmin), so the admin goes first.
  for (const role of ['admin', 'editor', 'historian'] as const) {
    const { user, email, password } = await createUser(t.payload, role)
    actors[role] = { role, user, token: await restLogin(t.payload, email, password) }
  }
  actors.public = { role: 'public' }
})

afterAll(async () => {
  await t?.close()
})

describe('merging works (REST)', () => {
  const work = async (title: string) => (await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: title } }, depth: 0 })).id
  const mergedInto = async (id: Id) => (await t.payload.findByID({ collection: 'citations', id, depth: 0 })).mergedInto ?? null

  it.each(WORK_MERGE)('%s: merge %s', async (role, merge) => {
    const [removed, survivor] = [await work(marker(`merge-${role}`)), await work(marker(`keep-${role}`))]
    const answer = await restRaw(t.payload, actors[role], 'POST', `/citations/${String(removed)}/merge`, { into: survivor })
    if (merge === 'yes') {
      expect(answer.status).toBe(200)
      expect(sameId(await mergedInto(removed), survivor)).toBe(true)
    } else {
      expect(answer.status).toBe(role === 'public' ? 401 : 403)
      expect(await mergedInto(removed)).toBeNull()
    }
    expect(await mergedInto(survivor)).toBeNull()
  })

  it('refuses, even to an editor, a merge into itself (400) or into a missing work (404), changing nothing', async () => {
    const title = marker('merge-self')
    const id = await work(title)
    const self = await restRaw(t.payload, actors.editor, 'POST', `/citations/${String(id)}/merge`, { into: id })
    expect(self.status).toBe(400)
    // A work that existed and was deleted: a missing id of whatever type the database gives.
    const deleted = await work(marker('merge-gone'))
    await t.payload.delete({ collection: 'citations', id: deleted })
    const gone = await restRaw(t.payload, actors.editor, 'POST', `/citations/${String(id)}/merge`, { into: deleted })
    expect(gone.status).toBe(404)
    expect(await mergedInto(id)).toBeNull()
    expect((await t.payload.findByID({ collection: 'citations', id, depth: 0 })).title.original).toBe(title)
  })
})
