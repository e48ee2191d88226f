import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { apiToken, auth, chooseWork, createDraftArticle, logIn, unique } from './support'

type LexicalNode = { text?: string; children?: LexicalNode[]; fields?: Record<string, unknown>; type?: string }
type DraftArticle = { title: string; body?: { root: LexicalNode } | null }

const textOf = (node: LexicalNode | undefined): string => (node?.text ?? '') + (node?.children ?? []).map(textOf).join('')

/**
 * Stands between the admin and the server for one article's draft saves: each
 * save reaches the server at once, its answer comes back `delayMs` later (or,
 * while held, only when released), so the editor goes on typing while a save
 * is in flight. Counts saves sent and answered, and the most in flight at once.
 */
async function slowSaves(page: Page, id: number | string, delayMs: number) {
  const counts = { sent: 0, answered: 0, inFlight: 0, maxInFlight: 0 }
  let held: Promise<void> | null = null
  let release = () => {}
  await page.route(`**/api/articles/${id}?*`, async (route) => {
    if (route.request().method() !== 'PATCH') return route.continue()
    counts.sent++
    counts.inFlight++
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight)
    try {
      const response = await route.fetch()
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      await held
      await route.fulfill({ response })
    } finally {
      // A request the browser gave up on still ends here: the count must not wait for it.
      counts.inFlight--
      counts.answered++
    }
  })
  return {
    counts,
    hold() {
      held = new Promise<void>((resolve) => (release = resolve))
    },
    release() {
      release()
      held = null
    },
  }
}

const status = (page: Page) => page.locator('#draft-autosave-status')
const bodyEditor = (page: Page) => page.locator('.rich-text-lexical [contenteditable="true"]').first()

async function draftOf(request: APIRequestContext, token: string, id: number | string, locale: string): Promise<DraftArticle> {
  const response = await request.get(`/api/articles/${id}?draft=true&depth=0&locale=${locale}&fallback-locale=null`, { headers: auth(token) })
  expect(response.ok()).toBe(true)
  return (await response.json()) as DraftArticle
}

/**
 * Types in turns into the title and the body, a few words a turn, pausing
 * after each until a save has started; each save's answer comes back two
 * seconds late, so it is overtaken by the next turn's typing. Then checks that every character reached the server and that none
 * was reverted on the screen.
 */
async function typeAcrossSaves(page: Page, article: { request: APIRequestContext; token: string; id: number | string; locale: string; title: string }, titleWords: string[], bodyWords: string[]) {
  const saves = await slowSaves(page, article.id, 2000)
  let typedDuringSave = 0
  const title = article.title + titleWords.join('')
  const body = bodyWords.join('')
  for (let turn = 0; turn < titleWords.length; turn++) {
    if (saves.counts.inFlight > 0) typedDuringSave++
    await page.locator('#field-title').click()
    await page.keyboard.press('End')
    await page.keyboard.type(titleWords[turn]!, { delay: 40 })
    if (saves.counts.inFlight > 0) typedDuringSave++
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(bodyWords[turn]!, { delay: 40 })
    // A person pauses; the pause starts a save, and the next turn is typed while it is in flight
    // (its answer held back), whatever the machine's speed.
    const sent = saves.counts.sent
    if (turn < titleWords.length - 1) await expect.poll(() => saves.counts.sent, { timeout: 10_000 }).toBeGreaterThan(sent)
  }
  await expect
    .poll(async () => {
      const draft = await draftOf(article.request, article.token, article.id, article.locale)
      return { title: draft.title, body: textOf(draft.body?.root) }
    }, { timeout: 30_000 })
    .toEqual({ title, body })
  await expect(page.locator('#field-title')).toHaveValue(title)
  await expect(bodyEditor(page)).toHaveText(body)
  await expect(status(page)).toHaveAttribute('data-state', 'saved')
  expect(saves.counts.sent).toBeGreaterThanOrEqual(3)
  expect(typedDuringSave).toBeGreaterThanOrEqual(2)
  expect(saves.counts.maxInFlight).toBe(1)
  await page.unrouteAll({ behavior: 'wait' })
  return { title, body }
}

test('typing on while drafts save loses no character, in English and in Chinese', async ({ page, request }) => {
  test.setTimeout(240_000)
  const token = await apiToken(request, 'editor')
  const title = unique('Autosave of Kulja')
  const id = await createDraftArticle(request, token, title)
  await logIn(page, 'editor')

  // The admin remembers each user's last locale: name it.
  await page.goto(`/admin/collections/articles/${id}?locale=en`)
  const english = await typeAcrossSaves(
    page,
    { request, token, id, locale: 'en', title },
    [' under', ' Qing', ' rule', ' until', ' 1871', ' and', ' after', ' the', ' treaty', ' of 1881'],
    ['Russian troops ', 'occupied the Ili ', 'valley in 1871; ', 'the Treaty of ', 'Saint Petersburg ', 'returned most of ', 'it in 1881, ', 'for an indemnity ', 'of nine million ', 'roubles.'],
  )

  await page.goto(`/admin/collections/articles/${id}?locale=zh`)
  await expect(page.locator('#field-title')).toBeEditable()
  const chinese = await typeAcrossSaves(
    page,
    { request, token, id, locale: 'zh', title: '' },
    ['伊犁', '危机', '始末', '与', '收复', '新疆', '经过', '及其', '条约', '影响'],
    ['一八七一年，', '沙俄出兵', '占领伊犁。', '一八八一年', '签订《伊犁条约》，', '清朝收回', '伊犁大部，', '赔偿', '九百万', '卢布。'],
  )
  // The Chinese saves went to the Chinese text only.
  expect((await draftOf(request, token, id, 'en')).title).toBe(english.title)

  await page.reload()
  await expect(page.locator('#field-title')).toHaveValue(chinese.title)
  await expect(bodyEditor(page)).toHaveText(chinese.body)
  await page.goto(`/admin/collections/articles/${id}?locale=en`)
  await expect(page.locator('#field-title')).toHaveValue(english.title)
  await expect(bodyEditor(page)).toHaveText(english.body)
})

test('a work chosen in the citation drawer is kept while a draft save comes back', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const workTitle = unique('The Ili crisis')
  const work = await request.post('/api/citations', {
    headers: auth(token),
    data: { type: 'book', title: { original: workTitle }, authors: [{ family: 'Hsü', given: 'Immanuel C. Y.' }], issued: '1965' },
  })
  expect(work.status()).toBe(201)
  const workId = ((await work.json()) as { doc: { id: number | string } }).doc.id
  const id = await createDraftArticle(request, token, unique('Treaty of Livadia'))

  await logIn(page, 'editor')
  await page.goto(`/admin/collections/articles/${id}?locale=en`)
  const saves = await slowSaves(page, id, 0)
  // Every save's answer waits until released: the one sent for this sentence is still on its way back
  // while the editor puts in a citation and chooses its work.
  saves.hold()
  await bodyEditor(page).click()
  await page.keyboard.type('Chonghou signed at Livadia in 1879.')
  await expect.poll(() => saves.counts.sent, { timeout: 10_000 }).toBe(1)
  await page.keyboard.type(' /Citation')
  await page.locator('.slash-menu-popup__item', { hasText: /^Citation$/ }).click()
  const drawer = page.locator('dialog[open], .drawer--is-open').last()
  await chooseWork(page, workTitle.split(' ').pop()!, workTitle)
  await drawer.locator('input[name="locator"], #field-locator').first().fill('77–79')
  expect(saves.counts.answered).toBe(0)

  // The answer, older than the citation, comes back while the drawer is open: the drawer and its choice stay.
  saves.release()
  await expect.poll(() => saves.counts.inFlight, { timeout: 20_000 }).toBe(0)
  await expect(drawer.locator('.rs__control').first()).toContainText(workTitle)
  await expect(drawer.locator('input[name="locator"], #field-locator').first()).toHaveValue('77–79')
  await drawer.getByRole('button', { name: /^Save/ }).click()
  await expect(drawer).toBeHidden()
  // The drawer's choice reaches the editor (and so the next save) a moment after it closes: wait for the server to have it.
  await expect
    .poll(async () => JSON.stringify((await draftOf(request, token, id, 'en')).body), { timeout: 20_000 })
    .toContain(`"citation":${JSON.stringify(workId)}`)
  await expect(status(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 })
  const body = JSON.stringify((await draftOf(request, token, id, 'en')).body)
  expect(body).toContain('"blockType":"cite"')
  expect(body).toContain(`"citation":${JSON.stringify(workId)}`)
  expect(body).toContain('77–79')
  expect(body).toContain('Chonghou signed at Livadia in 1879.')
})

test('leaving with a draft not yet saved asks first', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const id = await createDraftArticle(request, token, unique('Treaty of Tarbagatai'))
  await logIn(page, 'editor')
  await page.goto(`/admin/collections/articles/${id}?locale=en`)
  const saves = await slowSaves(page, id, 0)
  saves.hold()
  await page.locator('#field-title').click()
  await page.keyboard.type(' of 1864')
  await expect(status(page)).toHaveAttribute('data-state', /unsaved|saving/)
  const dialog = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  expect((await dialog).type()).toBe('beforeunload')
  await (await dialog).dismiss()
  saves.release()
})
