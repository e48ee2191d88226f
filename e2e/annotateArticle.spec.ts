import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { apiToken, auth, logIn, unique } from './support'

type Stored = { id: string | number; exact: string; start: number; end: number; status: string; anchor?: { state?: string } }

/** A Lexical body of plain paragraphs, in the shape the editor itself saves. */
const body = (paragraphs: string[]) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] })),
  },
})

/** A draft article written over REST by the editor, with a body in each locale given. */
async function draftArticle(request: APIRequestContext, token: string, title: string, bodies: { en: string[]; zh?: string[] }) {
  const created = await request.post('/api/articles?locale=en', { headers: auth(token), data: { title, body: body(bodies.en), _status: 'draft' } })
  expect(created.status(), await created.text()).toBe(201)
  const id = ((await created.json()) as { doc: { id: string | number } }).doc.id
  if (bodies.zh) {
    const chinese = await request.patch(`/api/articles/${id}?locale=zh&draft=true`, { headers: auth(token), data: { title: `${title} 中文`, body: body(bodies.zh), _status: 'draft' } })
    expect(chinese.ok(), await chinese.text()).toBe(true)
  }
  return id
}

/**
 * A GET as the given account, sent again once when the server closed the kept-alive
 * socket just as it was reused (a reset before any answer: nothing was read or written).
 */
async function getJson<T>(request: APIRequestContext, token: string, url: string): Promise<T> {
  const get = () => request.get(url, { headers: auth(token) })
  const response = await get().catch((error: Error) => (/ECONNRESET|socket hang up/.test(error.message) ? get() : Promise.reject(error)))
  expect(response.ok(), url).toBe(true)
  return (await response.json()) as T
}

const annotationsOf = async (request: APIRequestContext, token: string, id: string | number) => {
  return (await getJson<{ docs: Stored[] }>(request, token, `/api/annotations?where[target.article][equals]=${id}&depth=0&pagination=false`)).docs
}
const draftBody = async (request: APIRequestContext, token: string, id: string | number, locale: string) =>
  JSON.stringify((await getJson<{ body: unknown }>(request, token, `/api/articles/${id}?draft=true&depth=0&locale=${locale}&fallback-locale=null`)).body)

const bodyEditor = (page: Page) => page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()

/** Selects `words` in the article body with the mouse, as a person drags across them. */
async function dragSelect(page: Page, words: string) {
  await bodyEditor(page).getByText(words, { exact: false }).first().scrollIntoViewIfNeeded()
  const box = await page.evaluate((wanted) => {
    const root = document.querySelector('.rich-text-lexical [data-lexical-editor="true"]')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let node: Node | null
    while ((node = walker.nextNode()) && !node.textContent?.includes(wanted));
    if (!node?.textContent) throw new Error(`"${wanted}" is not shown`)
    const start = node.textContent.indexOf(wanted)
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + 1)
    const first = range.getBoundingClientRect()
    range.setStart(node, start + wanted.length - 1)
    range.setEnd(node, start + wanted.length)
    const last = range.getBoundingClientRect()
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
  }, words)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 8 })
  await page.mouse.up()
}

/** Drags from the start of `from` (outside the body) to the end of `words` in the body: a selection that runs out of the body. */
async function dragInto(page: Page, from: string, words: string) {
  const start = await page.locator(from).boundingBox()
  const end = await page.evaluate((wanted) => {
    const root = document.querySelector('.rich-text-lexical [data-lexical-editor="true"]')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let node: Node | null
    while ((node = walker.nextNode()) && !node.textContent?.includes(wanted));
    const range = document.createRange()
    const at = node!.textContent!.indexOf(wanted) + wanted.length
    range.setStart(node!, at - 1)
    range.setEnd(node!, at)
    const box = range.getBoundingClientRect()
    return { x: box.right - 1, y: box.top + box.height / 2 }
  }, words)
  await page.mouse.move(start!.x + 2, start!.y + start!.height / 2)
  await page.mouse.down()
  await page.mouse.move(end.x, end.y, { steps: 8 })
  await page.mouse.up()
}

/** Selects `words` and waits for the offer to annotate them (selecting again, as a person does, while the editor is still starting). */
async function selectToAnnotate(page: Page, words: string, offer: string) {
  const button = page.getByRole('button', { name: offer, exact: true })
  await expect(async () => {
    await dragSelect(page, words)
    // The editor may still move as it starts (toolbars, marks): a drag that missed the words is made again.
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(words)
    await expect(button).toBeVisible({ timeout: 2_000 })
  }).toPass()
  return button
}

/** The words each annotation mark of a kind covers, as painted (CSS Custom Highlight API). */
const marked = (page: Page, kind: string) =>
  page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range instanceof Range ? range.toString() : '')), `annotation-${kind}`)

/** Moves the pointer onto the middle of the first mark of a kind. */
async function hoverMark(page: Page, kind: string) {
  const point = await page.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined
    const box = range?.getClientRects()[0]
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null
  }, `annotation-${kind}`)
  expect(point).not.toBeNull()
  await page.mouse.move(point!.x, point!.y)
}

/** Errors thrown on the page (the plugin's handlers run outside React: nothing else would show them). */
function pageErrors(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

test('a historian annotates an article draft by selecting; the editor sees it marked, resolves it, and it follows edits until its words are deleted', async ({ page, request }) => {
  const editorToken = await apiToken(request, 'editor')
  const kept = 'The relay station at Khorgos kept forty horses for the imperial post.'
  const doubtful = 'It was founded in 1762 by order of the Ili general.'
  // Unique: the dashboard lists every open annotation, other tests' too.
  const question = unique('Which source gives 1762?')
  const id = await draftArticle(request, editorToken, unique('Khorgos relay'), { en: [kept, doubtful] })
  const savedBody = await draftBody(request, editorToken, id, 'en')
  const errors = pageErrors(page)

  await logIn(page, 'historian')
  await page.goto(`/admin/collections/articles/${id}?locale=en`)
  await expect(bodyEditor(page)).toContainText(doubtful)
  const annotate = await selectToAnnotate(page, 'founded in 1762', 'Annotate')
  const sent = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/annotations')
  await annotate.click()
  const popover = page.getByRole('dialog', { name: 'Annotations' })
  await expect(popover.locator('q')).toHaveText('founded in 1762')
  await popover.getByLabel('Kind').selectOption('questioning')
  await popover.getByLabel('Note').fill(question)
  await popover.getByRole('button', { name: 'Save annotation' }).click()
  await expect(popover).toBeHidden()
  // The editor's offsets are the server's: blocks joined by a blank line.
  const text = `${kept}\n\n${doubtful}`
  expect((await sent).postDataJSON()).toMatchObject({ exact: 'founded in 1762', start: text.indexOf('founded in 1762'), end: text.indexOf('founded in 1762') + 15, target: { locale: 'en' } })

  await expect.poll(() => marked(page, 'questioning')).toEqual(['founded in 1762'])
  const panel = page.getByTestId('article-annotations')
  // The panel's entries (an open thread lists its replies too).
  const entries = panel.locator('li[data-annotation-id]')
  await expect(entries).toContainText(question)

  // An empty note is refused with the reason; nothing is saved.
  await (await selectToAnnotate(page, 'forty horses', 'Annotate')).click()
  await popover.getByRole('button', { name: 'Save annotation' }).click()
  await expect(popover.getByRole('alert')).toContainText('The note is empty')
  await popover.getByRole('button', { name: 'Cancel' }).click()
  await expect(entries).toHaveCount(1)
  expect(await annotationsOf(request, editorToken, id)).toHaveLength(1)

  // A selection that runs out of the body is not offered for annotation, and says why.
  await dragInto(page, 'label[for="field-summary"]', 'forty horses')
  await expect(page.getByRole('status').filter({ hasText: 'Select text inside the article body only' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Annotate', exact: true })).toBeHidden()

  // The editor finds it among those awaiting an editor; the link opens the article at it, its thread shown and its words selected.
  await page.context().clearCookies()
  await logIn(page, 'editor')
  await page.goto('/admin')
  await page.getByTestId('open-annotations-awaiting').getByRole('link', { name: question }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/${id}\\?locale=en&annotation=`))
  await expect.poll(() => marked(page, 'questioning')).toEqual(['founded in 1762'])
  const opened = panel.locator('li[aria-current="true"]')
  await expect(opened).toContainText(question)
  const thread = opened.getByTestId('annotation-thread')
  await expect(thread).toContainText('No replies yet')
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('founded in 1762')
  await hoverMark(page, 'questioning')
  await expect(page.getByTestId('annotation-note')).toContainText(question)
  // A reply with who and when, and the decision, in the panel beside the text.
  await thread.getByLabel('Reply').fill('The Qing shilu, 1762.')
  await thread.getByRole('button', { name: 'Send reply' }).click()
  await expect(thread.getByRole('listitem').filter({ hasText: 'The Qing shilu, 1762.' })).toContainText('you ·')
  await expect(thread.getByRole('listitem').filter({ hasText: 'The Qing shilu, 1762.' }).locator('time')).not.toBeEmpty()
  await thread.getByRole('button', { name: 'Resolve' }).click()
  await expect(thread.getByTestId('annotation-resolution')).toContainText('Resolved by you')
  const [annotation] = await annotationsOf(request, editorToken, id)
  expect(annotation).toMatchObject({ status: 'resolved' })
  await page.reload()
  await expect(entries).toContainText('Resolved')
  // Choosing it in the panel selects its words in the text.
  await entries.getByRole('button').first().click()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('founded in 1762')
  // With the pointer away from the text, the words selected (the caret's place) show their note.
  await expect(page.getByTestId('annotation-note')).toContainText(question)

  // Marks never enter the document: a save of the title keeps the body as it was, byte for byte.
  await page.locator('#field-title').fill(unique('Khorgos relay station'))
  await expect.poll(async () => (await getJson<{ title: string }>(request, editorToken, `/api/articles/${id}?draft=true&depth=0`)).title, { timeout: 30_000 }).toMatch(/Khorgos relay station/)
  expect(await draftBody(request, editorToken, id, 'en')).toBe(savedBody)

  // Text typed before the passage: the mark follows at once, and the saved position after the draft save.
  await dragSelect(page, 'It was')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('In truth, ')
  await expect.poll(() => marked(page, 'questioning')).toEqual(['founded in 1762'])
  const moved = `${kept}\n\nIn truth, ${doubtful}`
  await expect.poll(async () => (await annotationsOf(request, editorToken, id))[0]?.start, { timeout: 30_000 }).toBe(moved.indexOf('founded in 1762'))

  // The passage deleted: listed as text no longer found, with its quote, and no longer marked.
  await dragSelect(page, 'founded in 1762')
  await page.keyboard.press('Backspace')
  await expect(entries).toContainText('Text no longer found')
  await expect.poll(() => marked(page, 'questioning')).toEqual([])
  await expect.poll(async () => (await annotationsOf(request, editorToken, id))[0]?.anchor?.state, { timeout: 30_000 }).toBe('orphaned')
  await page.reload()
  await expect(entries).toContainText('Text no longer found')
  await expect(entries).toContainText('founded in 1762')
  expect(errors).toEqual([])
})

test('in the Chinese admin a historian annotates the Chinese text of an article; it is marked there and not in the English text', async ({ page, request }) => {
  const editorToken = await apiToken(request, 'editor')
  const zh = ['雅克萨之战分两次。', '第二次围困从1686年七月持续到次年，清军十万人。']
  const id = await draftArticle(request, editorToken, unique('Albazin'), { en: ['Albazin was besieged twice.'], zh })
  const errors = pageErrors(page)

  await logIn(page, 'historian')
  await page.context().addCookies([{ name: 'payload-lng', value: 'zh', url: page.url() }])
  await page.goto(`/admin/collections/articles/${id}?locale=zh`)
  await expect(bodyEditor(page)).toContainText(zh[1]!)
  const annotate = await selectToAnnotate(page, '清军十万人', '批注')
  const sent = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/annotations')
  await annotate.click()
  const popover = page.getByRole('dialog', { name: '批注' })
  await popover.getByLabel('类型').selectOption('correcting')
  await popover.getByLabel('内容').fill('史料作“十万”，不是一百万')
  await popover.getByLabel('建议替换').fill('清军约十万人')
  await popover.getByRole('button', { name: '保存批注' }).click()
  await expect(popover).toBeHidden()
  const text = zh.join('\n\n')
  expect((await sent).postDataJSON()).toMatchObject({ start: text.indexOf('清军十万人'), end: text.indexOf('清军十万人') + 5, target: { locale: 'zh' } })

  await expect.poll(() => marked(page, 'correcting')).toEqual(['清军十万人'])
  await hoverMark(page, 'correcting')
  await expect(page.getByTestId('annotation-note')).toContainText('史料作“十万”')
  await expect(page.getByTestId('article-annotations').getByRole('listitem')).toContainText('更正')

  // An annotation overlapping it: both are marked, and the note on their shared words shows both.
  await page.mouse.move(0, 0)
  const again = await selectToAnnotate(page, '十万人', '批注')
  await again.click()
  await popover.getByLabel('类型').selectOption('questioning')
  await popover.getByLabel('内容').fill('人数出自哪份奏折？')
  await popover.getByRole('button', { name: '保存批注' }).click()
  await expect(popover).toBeHidden()
  await expect.poll(() => marked(page, 'questioning')).toEqual(['十万人'])
  expect(await marked(page, 'correcting')).toEqual(['清军十万人'])
  await hoverMark(page, 'questioning')
  await expect(page.getByTestId('annotation-note')).toContainText('史料作“十万”')
  await expect(page.getByTestId('annotation-note')).toContainText('人数出自哪份奏折？')
  await expect(page.getByTestId('article-annotations').getByRole('listitem')).toHaveCount(2)

  await page.goto(`/admin/collections/articles/${id}?locale=en`)
  await expect(bodyEditor(page)).toContainText('Albazin was besieged twice.')
  await expect(page.getByTestId('article-annotations').getByRole('listitem')).toHaveCount(0)
  expect(await marked(page, 'correcting')).toEqual([])
  expect(errors).toEqual([])
})
