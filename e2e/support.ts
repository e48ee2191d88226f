import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, type APIRequestContext, type Page, type Request } from '@playwright/test'

type Role = 'admin' | 'editor' | 'historian'
type Account = { role: Role; email: string; password: string }

/** The demo accounts the first start created, with their generated passwords. */
export function account(role: Role): Account {
  const file = path.join(process.env.E2E_DATA_DIR ?? 'data', 'demo-accounts.json')
  const accounts = JSON.parse(readFileSync(file, 'utf8')) as Account[]
  const found = accounts.find((a) => a.role === role)
  if (!found) throw new Error(`No demo ${role} account in ${file}`)
  return found
}

export async function logIn(page: Page, role: Role): Promise<void> {
  const { email, password } = account(role)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await expect(page.locator('.dashboard, .template-default').first()).toBeVisible()
}

/** A REST token for the role, as a script or another client would get one. */
export async function apiToken(request: APIRequestContext, role: Role): Promise<string> {
  const { email, password } = account(role)
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })

export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** Creates a draft article over REST as the given role and returns its id. */
export async function createDraftArticle(request: APIRequestContext, token: string, title: string): Promise<number | string> {
  const response = await request.post('/api/articles', { headers: auth(token), data: { title, _status: 'draft' } })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { doc: { id: number | string } }).doc.id
}

/**
 * Watches a page's requests; `settled()` resolves once none has been in flight for `quietMs`.
 * The admin's forms send a form-state request a moment after each change; a person pauses
 * longer than that before pressing a button, a test has to wait for it.
 */
export function watchRequests(page: Page) {
  const inFlight = new Set<Request>()
  page.on('request', (request) => inFlight.add(request))
  page.on('requestfinished', (request) => inFlight.delete(request))
  page.on('requestfailed', (request) => inFlight.delete(request))
  return {
    async settled(quietMs = 750): Promise<void> {
      let quietSince = Date.now()
      while (Date.now() - quietSince < quietMs) {
        await page.waitForTimeout(50)
        if (inFlight.size) quietSince = Date.now()
      }
    },
  }
}

/**
 * In the open citation drawer, chooses the work as a person does: the Work field opens the list
 * of Works cited, searched by author, title, ISBN or year; of what the search finds, the row of
 * the work titled `title` is chosen, and the field then shows it.
 */
export async function chooseWork(page: Page, search: string, title: string): Promise<void> {
  const citationDrawer = page.locator('dialog[open], .drawer--is-open').last()
  const workField = citationDrawer.locator('.rs__control').first()
  await workField.click()
  const list = page.locator('dialog[open], .drawer--is-open').last()
  await expect(list.locator('#search-filter-input')).toBeVisible()
  await list.locator('#search-filter-input').fill(search)
  await expect(list.locator('tbody tr')).toHaveCount(1)
  await expect(list.locator('tbody tr').first()).toContainText(title)
  await list.locator('tbody tr').first().locator('td').first().locator('button').click()
  await expect(page.locator('dialog[open], .drawer--is-open').last().locator('.rs__control').first()).toContainText(title)
}
