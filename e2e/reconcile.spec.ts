import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { apiToken, auth, logIn, unique } from './support'

type Source = { id: number | string; title: string; language: string; machineTranslated?: boolean; translatedFrom?: string }
type Findings = { article: { id: string } | null; findings: { key: string; kind: string; quote: string; suggestion?: string; decision: { action: string } | null }[] }

/** The first-start corpus's machine translation (English, marked machine-translated) and a source in the language it came from. */
async function corpusPair(request: APIRequestContext, token: string): Promise<{ translation: Source; original: Source }> {
  const list = async (where: string) => {
    const response = await request.get(`/api/sources?${where}&sort=createdAt&limit=50&depth=0&select[title]=true&select[language]=true&select[translatedFrom]=true`, { headers: auth(token) })
    expect(response.ok()).toBe(true)
    return ((await response.json()) as { docs: Source[] }).docs
  }
  const translation = (await list('where[machineTranslated][equals]=true&where[language][equals]=en'))[0]
  expect(translation, 'the first start imports a machine-translated English document').toBeDefined()
  const original = (await list(`where[language][equals]=${translation!.translatedFrom ?? 'zh'}`))[0]
  expect(original, 'and the document it was translated from').toBeDefined()
  return { translation: translation!, original: original! }
}

async function articleBody(request: APIRequestContext, token: string, id: string): Promise<string> {
  const response = await request.get(`/api/articles/${id}?draft=true&depth=0&locale=en`, { headers: auth(token) })
  expect(response.ok()).toBe(true)
  return JSON.stringify(((await response.json()) as { body?: unknown }).body)
}

/** A value inside a CSS attribute selector's quotes (finding keys are JSON: quotes, spaces). */
const quoted = (value: string) => value.replace(/["\\]/g, '\\$&')

async function rawText(request: APIRequestContext, token: string, id: number | string): Promise<string> {
  const response = await request.get(`/api/sources/${id}?depth=0&select[rawText]=true`, { headers: auth(token) })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { rawText: string }).rawText
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1

const panel = (page: Page) => page.locator('section[data-finding-key]')
const currentKey = async (page: Page) => (await panel(page).getAttribute('data-finding-key'))!

/** Presses j until the current finding satisfies `wanted` (at most `limit` steps); returns its key. */
async function stepUntil(page: Page, wanted: () => Promise<boolean>, limit = 200): Promise<string> {
  for (let step = 0; step < limit; step++) {
    if (await wanted()) return currentKey(page)
    const before = await currentKey(page)
    await page.keyboard.press('j')
    await expect(panel(page)).not.toHaveAttribute('data-finding-key', before)
  }
  throw new Error('No such finding')
}

/** Submits the open reason form and waits for the decision to be saved (the view then moves on). */
async function saveReason(page: Page, reason: string) {
  const key = await currentKey(page)
  const input = panel(page).locator('form input').first()
  await expect(input).toBeFocused()
  await page.keyboard.type(reason)
  await page.keyboard.press('Enter')
  await expect(panel(page)).not.toHaveAttribute('data-finding-key', key)
  return key
}

test('an editor reconciles the machine translation beside its original, decides findings by keyboard and sees the draft changed', async ({ page, request }) => {
  test.setTimeout(180_000)
  const token = await apiToken(request, 'editor')
  const { translation, original } = await corpusPair(request, token)
  const before = (await (await request.get(`/api/sources/${translation.id}/findings`, { headers: auth(token) })).json()) as Findings
  expect(before.article).not.toBeNull()
  const articleId = before.article!.id
  const bodyBefore = await articleBody(request, token, articleId)
  const rawBefore = await rawText(request, token, translation.id)

  await logIn(page, 'editor')
  await page.goto(`/admin/collections/sources/${translation.id}`)
  await page.locator('.doc-tabs').getByRole('link', { name: 'Reconcile' }).click()
  await expect(page).toHaveURL(new RegExp(`/sources/${translation.id}/reconcile$`))
  await expect(page.getByRole('progressbar').first()).toBeVisible()

  // The original beside it: its aligned passages with their anchors.
  await page.locator('select[data-comparison]').selectOption(`sources:${original.id}`)
  await expect(page.locator('[data-side="right"] [data-pair-index]').first()).toBeVisible()
  await expect(page.locator('[data-side="right"] [data-anchor-verdict="agree"]').first()).toBeVisible()
  await page.locator('[data-reconcile-source] h2').click() // out of the chooser, so keys go to the review

  // j / k step through the findings, each marked in the text as the current one.
  const first = await currentKey(page)
  await expect(page.locator(`[data-side="left"] mark[aria-current="true"]`)).toHaveAttribute('data-highlight-id', first)
  await page.keyboard.press('j')
  await expect(panel(page)).not.toHaveAttribute('data-finding-key', first)
  const second = await currentKey(page)
  await expect(page.locator(`[data-side="left"] mark[aria-current="true"]`)).toHaveAttribute('data-highlight-id', second)
  await page.keyboard.press('k')
  await expect(panel(page)).toHaveAttribute('data-finding-key', first)

  // a: accept a suggestion the article can take (a refusal, shown with its reason, moves on to the next).
  let accepted: { key: string; quote: string; suggestion: string } | null = null
  for (let attempt = 0; attempt < 30 && !accepted; attempt++) {
    const key = await stepUntil(page, async () => (await panel(page).locator('[data-finding="suggestion"]').count()) > 0)
    const quote = (await panel(page).locator('[data-finding="quote"]').textContent())!
    const suggestion = (await panel(page).locator('[data-finding="suggestion"]').textContent())!
    await page.keyboard.press('a')
    const movedOn = page.locator(`section[data-finding-key]:not([data-finding-key="${quoted(key)}"])`)
    await movedOn.or(panel(page).locator('[data-refusal]')).first().waitFor()
    const outcome = (await movedOn.count()) ? 'saved' : 'refused'
    if (outcome === 'saved') accepted = { key, quote, suggestion }
    else await page.keyboard.press('j')
  }
  expect(accepted, 'one suggestion is accepted').not.toBeNull()

  // d: dismiss with a reason; x: dispute (an annotation).
  await page.keyboard.press('d')
  const dismissed = await saveReason(page, 'The figure is right in this context')
  await page.keyboard.press('x')
  const disputed = await saveReason(page, unique('Check against the original'))

  // Add a name rendering to the authority: the editor clicks a name finding nobody has decided in the text.
  const listed = (await (await request.get(`/api/sources/${translation.id}/findings`, { headers: auth(token) })).json()) as Findings
  const name = listed.findings.find((finding) => !finding.decision && finding.suggestion && ['machine-translated-name', 'pinyin-name'].includes(finding.kind))
  expect(name, 'the machine translation has an undecided name finding with a suggestion').toBeDefined()
  const named = name!.key
  const marks = page.locator('[data-side="left"] mark')
  const markIndex = (key: string) => marks.evaluateAll((elements, wanted) => elements.findIndex((mark) => (JSON.parse((mark as HTMLElement).dataset.highlightIds ?? '[]') as string[]).includes(wanted)), key)
  // The marks come with the findings, after the page: wait for the one wanted (evaluateAll itself does not wait).
  const markOf = async (key: string) => {
    await expect.poll(() => markIndex(key), { message: `a mark for ${key}` }).toBeGreaterThanOrEqual(0)
    return markIndex(key)
  }
  // Clicks the finding's mark; where findings overlap, clicking it again steps to the next one under it.
  const openFinding = async (key: string) => {
    const mark = marks.nth(await markOf(key))
    const covering = JSON.parse((await mark.getAttribute('data-highlight-ids')) ?? '[]') as string[]
    // (Annotations are marks too: a step may open one in the annotation panel.)
    for (let click = 0; click <= covering.length; click++) {
      const current = (await mark.getAttribute('aria-current')) === 'true' ? await mark.getAttribute('data-highlight-id') : null
      if (current === key) break
      await mark.click()
      await expect(mark).toHaveAttribute('aria-current', 'true')
      if (current) await expect(mark).not.toHaveAttribute('data-highlight-id', current)
    }
    await expect(panel(page)).toHaveAttribute('data-finding-key', key)
  }
  await openFinding(named)
  await panel(page).getByRole('button', { name: 'Add to authority' }).click()
  const form = panel(page).locator('form')
  // The entity the suggestion names, found by that name in people (the form's first choice) or places.
  const entityOption = form.getByLabel('Entity').locator('option', { hasText: name!.suggestion })
  let collection: string | null = null
  for (const candidate of ['people', 'places']) {
    if (candidate !== 'people') {
      const searched = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/${candidate}`)
      await form.getByLabel('Record in').selectOption(candidate)
      await searched
    }
    const found = await expect
      .poll(() => entityOption.count(), { timeout: 5_000 })
      .toBeGreaterThan(0)
      .then(
        () => true,
        () => false,
      )
    if (found) {
      collection = candidate
      break
    }
  }
  expect(collection, `the authority finds "${name!.suggestion}"`).not.toBeNull()
  const entityId = (await entityOption.first().getAttribute('value'))!
  await form.getByLabel('Entity').selectOption(entityId)
  const readNames = async () => ((await (await request.get(`/api/${collection}/${entityId}?depth=0`, { headers: auth(token) })).json()) as { names: { name: string; kind: string }[] }).names
  const namesBefore = await readNames()
  const nameKind = ['machine-translation', 'pinyin', 'variant'].find((kind) => !namesBefore.some((recorded) => recorded.name === name!.quote && recorded.kind === kind))!
  await form.getByLabel('Name kind').selectOption(nameKind)
  await form.getByRole('button', { name: 'Save decision' }).click()
  await expect(panel(page)).not.toHaveAttribute('data-finding-key', named)

  // The article's draft now has the accepted replacement where the quote was; the source is untouched.
  const bodyAfter = await articleBody(request, token, articleId)
  expect(occurrences(bodyAfter, accepted!.suggestion)).toBe(occurrences(bodyBefore, accepted!.suggestion) + 1)
  // (A suggestion may keep the quote inside it: "1862 In March" → "In March 1862" does not, "1860" → "In 1860" does.)
  const quoteCount = occurrences(bodyBefore, accepted!.quote) - (accepted!.suggestion.includes(accepted!.quote) ? 0 : 1)
  expect(occurrences(bodyAfter, accepted!.quote)).toBe(quoteCount)
  expect(await rawText(request, token, translation.id)).toBe(rawBefore)
  expect(await readNames()).toContainEqual(expect.objectContaining({ name: name!.quote, kind: nameKind }))

  // After a reload every decision is still there, with who made it.
  await page.reload()
  for (const [key, action] of [
    [accepted!.key, 'accepted'],
    [dismissed, 'dismissed'],
    [disputed, 'disputed'],
    [named, 'added-to-authority'],
  ] as const) {
    await openFinding(key)
    await expect(panel(page).locator('[data-decision]')).toHaveAttribute('data-decision', action)
    await expect(panel(page).locator('[data-decision]')).toContainText('editor@')
  }
})

test('a historian sees the reconcile view and may only dispute', async ({ page, request }) => {
  const token = await apiToken(request, 'historian')
  const { translation } = await corpusPair(request, token)
  await logIn(page, 'historian')
  await page.goto(`/admin/collections/sources/${translation.id}/reconcile`)
  await expect(panel(page)).toBeVisible()
  await expect(panel(page).getByRole('button', { name: /Dispute/ })).toBeVisible()
  for (const name of [/Accept suggestion/, /Correct by hand/, /Dismiss/, /Add to authority/]) await expect(panel(page).getByRole('button', { name })).toHaveCount(0)
  // The keys that decide do nothing for a historian.
  const key = await currentKey(page)
  await page.keyboard.press('d')
  await expect(panel(page).locator('form')).toHaveCount(0)
  await page.keyboard.press('a')
  await expect(panel(page)).toHaveAttribute('data-finding-key', key)
})

test('the article opens its source’s findings with itself as the comparison, in the Chinese admin too', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const { translation } = await corpusPair(request, token)
  const findings = (await (await request.get(`/api/sources/${translation.id}/findings`, { headers: auth(token) })).json()) as Findings
  await logIn(page, 'editor')
  await page.goto(`/admin/collections/articles/${findings.article!.id}/reconcile`)
  await expect(page.locator(`[data-reconcile-source="${translation.id}"]`)).toBeVisible()
  await expect(page.locator('select[data-comparison]')).toHaveValue(`articles:${findings.article!.id}`)

  // The same view in Chinese: Payload keeps the interface language in its language cookie (account → language).
  await page.context().addCookies([{ name: 'payload-lng', value: 'zh', url: page.url() }])
  await page.goto(`/admin/collections/articles/${findings.article!.id}/reconcile`)
  await expect(page.locator('.doc-tabs').getByText('核对', { exact: true })).toBeVisible()
  await expect(page.getByText(/已处理 \d+ \/ \d+ 项检查结果/)).toBeVisible()
  await expect(panel(page).getByRole('button', { name: /提出异议/ })).toBeVisible()
  // Findings are tagged with their kind in Chinese.
  await expect(page.locator('[data-side="left"] mark[data-label]').first()).toHaveAttribute('data-label', /\p{Script=Han}/u)
})
