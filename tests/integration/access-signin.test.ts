/**
 * Signing in: throttled by account and by address instead of Payload's hard
 * lock, with the same work done whether or not the e-mail has an account;
 * password resets throttled; session ids visible to no one but their owner.
 * Through REST as a browser would send it (the client's address in
 * X-Forwarded-For, as server/http sets it), GraphQL and the Local API.
 */
import crypto from 'node:crypto'

import { handleEndpoints } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { graphqlClient, restLogin, type Actor } from './access/clients'
import { GRAPHQL_SELECTION } from './access/fixtures'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

const ATTACKER = '203.0.113.7'
const OWNER = '198.51.100.20'

async function rest(path: string, body: unknown, address: string) {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: t.payload.config, request })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { token?: string; message?: string; errors?: { message: string }[] } }
}

describe('sign-in throttling', () => {
  // The throttle's clock is frozen (real timers run on) so that a slow machine cannot let a delay expire mid-test.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('slows a third party guessing from one address without keeping the owner out from another', async () => {
    const { email, password } = await createUser(t.payload, 'editor')
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await rest('/users/login', { email, password: `wrong-${i}` }, ATTACKER)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429])

    const throttled = await rest('/users/login', { email, password }, ATTACKER)
    expect(throttled.status).toBe(429)
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0)
    expect(throttled.body.errors?.[0]?.message).toMatch(/Too many sign-in attempts/)

    const owner = await rest('/users/login', { email, password }, OWNER)
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()

    // The wait is a delay, not a lock: once it has passed the attacker may try again, and waits twice as long after.
    vi.setSystemTime(Date.now() + Number(throttled.retryAfter) * 1000)
    expect((await rest('/users/login', { email, password: 'wrong-again' }, ATTACKER)).status).toBe(401)
    expect(Number((await rest('/users/login', { email, password }, ATTACKER)).retryAfter)).toBe(2 * Number(throttled.retryAfter))
  })

  it('never locks the account the way Payload’s maxLoginAttempts did', async () => {
    const { email, password } = await createUser(t.payload, 'historian')
    for (let i = 0; i < 8; i++) await rest('/users/login', { email, password: 'nope' }, `192.0.2.${i}`)
    const stored = (await t.payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as Record<string, unknown>
    expect(stored.lockUntil ?? null).toBeNull()
    expect((await rest('/users/login', { email, password }, '192.0.2.200')).status).toBe(200)
  })

  it('keeps Payload’s GraphQL and Local API sign-in working', async () => {
    const { email, password } = await createUser(t.payload, 'editor')
    const graphql = await graphqlClient(t.payload, GRAPHQL_SELECTION)
    const result = await graphql.raw({ role: 'public' }, 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }', { email, password })
    expect((result.data?.loginUser as { token?: string } | undefined)?.token).toBeTruthy()
    const local = await t.payload.login({ collection: 'users', data: { email, password } })
    expect(local.token).toBeTruthy()
  })

  it('does the same password hashing for an e-mail without an account as for a wrong password', async () => {
    const { email } = await createUser(t.payload, 'editor')
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    try {
      expect((await rest('/users/login', { email, password: 'wrong password' }, '192.0.2.50')).status).toBe(401)
      const known = pbkdf2.mock.calls.map((call) => call.slice(2, 5))
      pbkdf2.mockClear()
      expect((await rest('/users/login', { email: 'nobody-at-all@test.local', password: 'wrong password' }, '192.0.2.51')).status).toBe(401)
      const unknown = pbkdf2.mock.calls.map((call) => call.slice(2, 5))
      expect(known).toHaveLength(1)
      expect(unknown).toEqual(known)
    } finally {
      pbkdf2.mockRestore()
    }
  })
})

describe('password reset throttling', () => {
  it('answers 429 with Retry-After once an account has had its few reset mails', async () => {
    const { email } = await createUser(t.payload, 'historian')
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await rest('/users/forgot-password', { email }, '192.0.2.77')).status)
    expect(statuses).toEqual([200, 200, 200])
    const fourth = await rest('/users/forgot-password', { email }, '192.0.2.78')
    expect(fourth.status).toBe(429)
    expect(Number(fourth.retryAfter)).toBeGreaterThan(0)
  })
})

describe('session ids', () => {
  let editor: Actor
  let other: Awaited<ReturnType<typeof createUser>>
  beforeAll(async () => {
    other = await createUser(t.payload, 'historian')
    await restLogin(t.payload, other.email, other.password) // gives the historian a session
    const account = await createUser(t.payload, 'editor')
    editor = { role: 'editor', user: account.user, token: await restLogin(t.payload, account.email, account.password) }
  })

  it('are not shown to an editor reading other accounts through REST', async () => {
    const response = await handleEndpoints({
      config: t.payload.config,
      request: new Request('http://localhost:3000/api/users?depth=0&pagination=false', { headers: { Authorization: `JWT ${editor.token}` } }),
    })
    const { docs } = (await response.json()) as { docs: { id: unknown; sessions?: unknown[] }[] }
    const others = docs.filter((doc) => String(doc.id) !== String(editor.user!.id))
    expect(others.length).toBeGreaterThan(0)
    for (const doc of others) expect(doc.sessions ?? []).toEqual([])
    const own = docs.find((doc) => String(doc.id) === String(editor.user!.id))
    expect(own?.sessions?.length).toBeGreaterThan(0)
  })

  it('are not shown through GraphQL or the Local API either', async () => {
    const graphql = await graphqlClient(t.payload, GRAPHQL_SELECTION)
    const result = await graphql.raw(editor, '{ Users(pagination: false) { docs { id email sessions { id } } } }')
    const docs = (result.data?.Users as { docs: { id: unknown; sessions: unknown[] | null }[] }).docs
    for (const doc of docs.filter((d) => String(d.id) !== String(editor.user!.id))) expect(doc.sessions ?? []).toEqual([])
    const local = await t.payload.findByID({ collection: 'users', id: other.user.id, user: editor.user, overrideAccess: false })
    expect((local as { sessions?: unknown }).sessions ?? []).toEqual([])
    const stored = (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: other.user.id } } })) as { sessions?: unknown[] }
    expect(stored.sessions?.length).toBeGreaterThan(0) // there are session ids to hide
  })
})

describe('cookie sign-in from the server’s loopback spellings', () => {
  async function me(cookie: string, origin: string) {
    const request = new Request('http://127.0.0.1:3000/api/users/me', { headers: { Cookie: cookie, Origin: origin } })
    const response = await handleEndpoints({ config: t.payload.config, request })
    return ((await response.json()) as { user: { email: string } | null }).user
  }

  it('accepts the session cookie from 127.0.0.1 and [::1] when the server calls itself localhost, and from no other origin', async () => {
    expect(t.payload.config.serverURL).toBe('http://localhost:3000')
    const { email, password } = await createUser(t.payload, 'editor')
    const login = await handleEndpoints({
      config: t.payload.config,
      request: new Request('http://127.0.0.1:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:3000', 'X-Forwarded-For': '127.0.0.1' },
        body: JSON.stringify({ email, password }),
      }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    expect(cookie).toMatch(/^payload-token=/)
    expect(login.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i) // the server URL is http: a Secure cookie would never come back
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']) expect((await me(cookie, origin))?.email, origin).toBe(email)
    for (const origin of ['http://127.0.0.1:4000', 'https://127.0.0.1:3000', 'http://evil.example']) expect(await me(cookie, origin), origin).toBeNull()
  })
})
