/** With an https server URL, the session cookie is Secure (and cookie sign-in accepts that origin only). */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
beforeAll(async () => {
  process.env.SERVER_URL = 'https://annals.example.org'
  t = await startPayload()
})
afterAll(async () => {
  delete process.env.SERVER_URL
  await t?.close()
})

it('sets the session cookie Secure', async () => {
  const { email, password } = await createUser(t.payload, 'editor')
  const login = await handleEndpoints({
    config: t.payload.config,
    request: new Request('https://annals.example.org/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.1' },
      body: JSON.stringify({ email, password }),
    }),
  })
  expect(login.status).toBe(200)
  expect(login.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
  expect(new Set(t.payload.config.csrf)).toEqual(new Set(['https://annals.example.org']))
})
