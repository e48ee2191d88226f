import { expect, test, type Page } from '@playwright/test'

import { account, apiToken, createDraftArticle, unique } from './support'

const port = process.env.E2E_PORT ?? '3311'
const loopback = `http://127.0.0.1:${port}`

/** Console errors a Content Security Policy raised on the page, plus any script error. */
function watchPolicy(page: Page) {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(String(error)))
  return violations
}

test('leaving preview never redirects to another site', async ({ request }) => {
  const tricks = ['//evil.example/', '///evil.example', '/\\evil.example', '/%2F/evil.example', '/%5Cevil.example', '/\t/evil.example', 'https://evil.example/', ' //evil.example', '/&#47;evil.example']
  for (const trick of tricks) {
    const response = await request.get(`/next/exit-preview?path=${encodeURIComponent(trick)}`, { maxRedirects: 0 })
    expect(response.status(), trick).toBe(307)
    const location = response.headers().location ?? ''
    expect(new URL(location, `http://localhost:${port}`).origin, `${trick} → ${location}`).toBe(`http://localhost:${port}`)
    expect(location, trick).not.toMatch(/^[/\\]{2}|^[a-z]+:/i)
  }
  const home = await request.get(`/next/exit-preview?path=${encodeURIComponent('/zh/articles/yi-li')}`, { maxRedirects: 0 })
  expect(home.headers().location).toBe('/zh/articles/yi-li')
})

test('every kind of response carries the security headers', async ({ request }) => {
  for (const path of ['/en', '/zh/search?q=%E4%BC%8A%E7%8A%81', '/admin/login', '/api/health']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['content-security-policy'], path).toBeTruthy()
  }
  expect((await request.get('/en')).headers()['content-security-policy']).toContain("script-src 'none'")
  expect((await request.get('/admin/login')).headers()['content-security-policy']).toContain("frame-ancestors 'self'")
})

test('reading pages render under their policy with no violation', async ({ page }) => {
  const violations = watchPolicy(page)
  await page.goto('/en')
  await expect(page.locator('main')).toBeVisible()
  const article = page.locator('main a[href^="/en/articles/"]').first()
  await article.click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The stylesheet loaded (style-src allows it).
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0)
  await page.goto('/zh/search?q=%E4%BC%8A%E7%8A%81')
  await expect(page.locator('main')).toBeVisible()
  expect(violations).toEqual([])
})

test('signing in at 127.0.0.1 works with the session cookie, and live preview follows the draft there, under the admin’s policy', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const title = unique('Loopback preview of Kulja')
  const id = await createDraftArticle(request, token, title)
  const violations = watchPolicy(page)

  const { email, password } = account('editor')
  await page.goto(`${loopback}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await expect(page.locator('.dashboard, .template-default').first()).toBeVisible()

  await page.goto(`${loopback}/admin/collections/articles/${id}`)
  await expect(page.locator('#field-title')).toHaveValue(title)
  // The editor's last choice is remembered (another test may have opened live preview): open it unless open.
  const toggler = page.locator('#live-preview-toggler')
  await expect(toggler).toBeVisible()
  if (!(await toggler.getAttribute('class'))?.includes('live-preview-toggler--active')) await toggler.click()
  await expect(page.locator('iframe[src*="/next/preview"]')).toHaveAttribute('src', new RegExp(`^${loopback.replace(/[.]/g, '\\.')}/`))
  const preview = page.frameLocator('iframe[src*="/next/preview"]')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  const revised = `${title} (revised)`
  await page.locator('#field-title').fill(revised)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(revised, { timeout: 30_000 })
  expect(violations).toEqual([])
})
