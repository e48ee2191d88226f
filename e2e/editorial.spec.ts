import { expect, test } from '@playwright/test'

import { apiToken, auth, chooseWork, createDraftArticle, logIn, unique, watchRequests } from './support'

type Article = { id: number | string; title: string; _status: string; body?: unknown }

test('an editor writes an article with an inline citation, publishes it, and the public sees it', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const work = await request.post('/api/citations', {
    headers: auth(token),
    data: { type: 'book', title: { original: unique('Russia and the Qing frontier') }, authors: [{ family: 'Mancall', given: 'Mark' }], issued: '1971' },
  })
  expect(work.status()).toBe(201)
  const citation = ((await work.json()) as { doc: { id: number | string; title: { original: string } } }).doc

  await logIn(page, 'editor')
  const requests = watchRequests(page)
  await page.goto('/admin/collections/articles/create')
  const title = unique('Treaty of Nerchinsk')
  await page.locator('#field-title').fill(title)
  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  // Autosave runs 2 s after each change; a save that lands while the citation drawer is open
  // can empty the new block (see the note). Let each pending autosave finish before going on.
  const autosaved = () =>
    Promise.race([
      page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/articles') && ['PATCH', 'POST'].includes(r.request().method())),
      page.waitForTimeout(5_000),
    ])
  let saved = autosaved()
  await body.click()
  await page.keyboard.type('The treaty was signed in 1689.')
  await saved
  saved = autosaved()
  await page.keyboard.type(' /Citation')
  await page.locator('.slash-menu-popup__item', { hasText: /^Citation$/ }).click()
  await saved

  const drawer = page.locator('dialog[open], .drawer--is-open').last()
  // The founding corpus brings many works: search for ours in the list of works.
  await chooseWork(page, citation.title.original.split(' ').pop()!, citation.title.original)
  await drawer.locator('input[name="locator"], #field-locator').first().fill('112–118')
  // Pressed while the drawer's own form-state request for the last change is under way, Save can
  // leave the drawer waiting for good (CI saw it); a person is never that quick.
  await requests.settled()
  saved = autosaved()
  await drawer.getByRole('button', { name: /^Save/ }).click()
  await expect(drawer).toBeHidden()
  await expect(body.locator('.inline-block, [data-lexical-decorator="true"]').first()).toBeVisible()
  await saved
  // Publish waits (disabled) while a draft save is under way: press it once the draft is saved, as a person would.
  await expect(page.locator('#draft-autosave-status')).toHaveAttribute('data-state', 'saved')

  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i)

  // An anonymous reader's request now finds it, with the citation inside the text.
  const published = await request.get(`/api/articles?where[title][equals]=${encodeURIComponent(title)}&depth=0`, { headers: {} })
  expect(published.ok()).toBe(true)
  const { docs } = (await published.json()) as { docs: Article[] }
  expect(docs).toHaveLength(1)
  expect(docs[0]!._status).toBe('published')
  const cites = JSON.stringify(docs[0]!.body)
  expect(cites).toContain('"blockType":"cite"')
  expect(cites).toContain(`"citation":${JSON.stringify(citation.id)}`)
  expect(cites).toContain('112–118')
})

test('Citation and Citation needed are in the toolbar\'s inline-blocks menu and the "/" menu, right after punctuation too', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const id = await createDraftArticle(request, token, unique('Menus'))
  await logIn(page, 'editor')
  const requests = watchRequests(page)
  await page.goto(`/admin/collections/articles/${id}`)
  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  const menu = page.locator('.slash-menu-popup')
  const offersBoth = async (typed: string) => {
    await page.keyboard.type(typed)
    await expect(menu.locator('.slash-menu-popup__item', { hasText: /^Citation$/ }), typed).toBeVisible()
    await expect(menu.locator('.slash-menu-popup__item', { hasText: /^Citation needed$/ }), typed).toBeVisible()
  }
  // After a full stop; dismissed, the "/" stays as typed.
  await offersBoth('The frontier moved in 1864./')
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  // Inside a word the "/" is only a character.
  await page.keyboard.type(' Trade and/or war')
  await expect(menu).toBeHidden()
  // After a Chinese full stop, filtered by typing, chosen with Enter.
  await offersBoth(' 伊犁于1881年收回。/')
  await page.keyboard.type('needed')
  await expect(menu.locator('.slash-menu-popup__item')).toHaveCount(1)
  await page.keyboard.press('Enter')
  const drawer = page.locator('dialog[open], .drawer--is-open').last()
  await requests.settled()
  await drawer.getByRole('button', { name: /^Save/ }).click()
  await expect(drawer).toBeHidden()
  await expect(page.locator('#draft-autosave-status')).toHaveAttribute('data-state', 'saved')

  const saved = await request.get(`/api/articles/${id}?draft=true&depth=0`, { headers: auth(token) })
  const state = JSON.stringify(((await saved.json()) as Article).body)
  expect(state).not.toContain('\ufeff')
  expect(state).toContain('The frontier moved in 1864./ Trade and/or war 伊犁于1881年收回。"')
  expect(state).toMatch(/收回。"[^{}]*\}\s*,\s*\{[^{}]*"fields":\{[^{}]*"blockType":"citationNeeded"/)

  await page.getByRole('button', { name: 'inlineBlocks dropdown' }).click()
  const added = page.locator('.toolbar-popup__dropdown-items')
  await expect(added.getByRole('button', { name: 'Citation', exact: true })).toBeVisible()
  await expect(added.getByRole('button', { name: 'Citation needed', exact: true })).toBeVisible()
})

test('a historian sees no publish control, and publishing over REST is refused', async ({ page, request }) => {
  const editorToken = await apiToken(request, 'editor')
  const id = await createDraftArticle(request, editorToken, unique('Albazin'))

  await logIn(page, 'historian')
  await page.goto(`/admin/collections/articles/${id}`)
  // Historians edit (autosaved into drafts); the Publish and Unpublish controls are absent.
  await expect(page.locator('#field-title')).toBeEditable()
  await expect(page.locator('#action-save')).toHaveCount(0)
  await expect(page.locator('#action-unpublish')).toHaveCount(0)

  const historianToken = await apiToken(request, 'historian')
  const draftSave = await request.patch(`/api/articles/${id}?draft=true`, { headers: auth(historianToken), data: { summary: 'Siege of 1685–1686' } })
  expect(draftSave.status()).toBe(200)
  const attempt = await request.patch(`/api/articles/${id}`, { headers: auth(historianToken), data: { _status: 'published' } })
  expect(attempt.status()).toBe(403)
  const after = await request.get(`/api/articles/${id}?draft=true`, { headers: auth(editorToken) })
  expect(((await after.json()) as Article)._status).toBe('draft')
})

test('the articles list offers bulk Publish and Unpublish to editors, and no bulk action to historians', async ({ browser, request }) => {
  await createDraftArticle(request, await apiToken(request, 'editor'), unique('Kyakhta'))
  for (const [role, offered] of [['editor', 1], ['historian', 0]] as const) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await logIn(page, role)
    await page.goto('/admin/collections/articles')
    await page.locator('.select-row input[type="checkbox"]').first().check()
    await expect(page.locator('.list-selection'), role).toBeVisible()
    await expect(page.locator('.list-selection').getByRole('button', { name: 'Publish', exact: true }), role).toHaveCount(offered)
    await expect(page.locator('.list-selection').getByRole('button', { name: 'Unpublish', exact: true }), role).toHaveCount(offered)
    await context.close()
  }
})

test('an anonymous request never sees a draft', async ({ request }) => {
  const token = await apiToken(request, 'editor')
  const title = unique('Ili crisis draft')
  const id = await createDraftArticle(request, token, title)

  const byId = await request.get(`/api/articles/${id}`)
  expect([403, 404]).toContain(byId.status())
  const asDraft = await request.get(`/api/articles/${id}?draft=true`)
  expect([403, 404]).toContain(asDraft.status())
  const listed = await request.get(`/api/articles?draft=true&where[title][equals]=${encodeURIComponent(title)}`)
  expect(((await listed.json()) as { docs: Article[] }).docs).toHaveLength(0)
  const graphql = await request.post('/api/graphql', {
    data: { query: `{ Articles(draft: true, where: { title: { equals: ${JSON.stringify(title)} } }) { docs { id } } }` },
  })
  expect(JSON.stringify(await graphql.json())).not.toContain(String(id))
  const admin = await request.get(`/api/articles/${id}?draft=true`, { headers: auth(token) })
  expect(((await admin.json()) as Article).title).toBe(title)
})

test('the article edit screen shows a live preview that follows the editor’s saved draft', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const title = unique('Live preview of Tarbagatai')
  const id = await createDraftArticle(request, token, title)

  await logIn(page, 'editor')
  await page.goto(`/admin/collections/articles/${id}`)
  await page.locator('#live-preview-toggler').click()
  const preview = page.frameLocator('iframe[src*="/next/preview"]')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.locator('.notice')).toContainText('Draft preview')

  // Autosave stores the draft; the admin tells the preview, which renders the draft again.
  const revised = `${title} (revised)`
  await page.locator('#field-title').fill(revised)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(revised, { timeout: 30_000 })
})
