import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { dragSelect } from './selectText'
import { apiToken, auth, logIn, unique } from './support'

/** Imports a small source (Chinese unless told) as the editor and returns its id. */
async function importSource(request: APIRequestContext, title: string, paragraphs: string[], language: 'en' | 'zh' = 'zh'): Promise<string> {
  const response = await request.post('/api/sources/import', {
    headers: auth(await apiToken(request, 'editor')),
    multipart: { file: { name: 'khorgos.md', mimeType: 'text/markdown', buffer: Buffer.from(`# ${title}\n\n${paragraphs.join('\n\n')}\n`) }, _payload: JSON.stringify({ language, title }) },
  })
  expect(response.ok(), await response.text()).toBe(true)
  return String(((await response.json()) as { sourceId: string | number }).sourceId)
}

async function annotateSelection(page: Page, kind: string, note: string, replacement?: string) {
  const popover = page.getByRole('dialog', { name: 'Annotations' })
  await popover.getByLabel('Kind').selectOption(kind)
  await popover.getByLabel('Note').fill(note)
  if (replacement) await popover.getByLabel('Suggested replacement').fill(replacement)
  await popover.getByRole('button', { name: 'Save annotation' }).click()
  await expect(popover).toBeHidden()
}

async function switchTo(page: Page, role: 'editor' | 'historian') {
  await page.context().clearCookies()
  await logIn(page, role)
}

test('a historian annotates in the reconcile view; an editor filters the panel, jumps to it, replies and resolves; the historian sees the outcome in "Yours"', async ({ page, request }) => {
  test.setTimeout(180_000)
  const title = unique('霍尔果斯驿站')
  const station = '霍尔果斯驿站养马四十匹，以供驿递。'
  const founding = '该站建于一七六二年，奉伊犁将军之命。'
  const sourceId = await importSource(request, title, [station, founding])

  await logIn(page, 'historian')
  await page.goto(`/admin/collections/sources/${sourceId}/reconcile`)
  const text = page.locator('[data-side="left"]')
  await expect(text.getByText(founding)).toBeVisible()

  // A question within one segment.
  await dragSelect(text, page, '一七六二年')
  await expect(page.getByRole('dialog', { name: 'Annotations' }).locator('q')).toHaveText('一七六二年')
  await annotateSelection(page, 'questioning', '何书记载一七六二年？')
  const question = text.locator('mark[data-highlight-ids*="annotation:"]', { hasText: '一七六二年' })
  await expect(question).toHaveAttribute('title', /何书记载一七六二年？/)

  // A machine-translation error becomes one of the findings, decided like the others.
  await dragSelect(text, page, '四十匹')
  await annotateSelection(page, 'flagging-mt-error', '原文作“四百匹”。', '四百匹')
  // Marked once, as a finding (title "Annotation (medium): …"), when the findings are read again.
  const finding = text.locator('mark[title^="Annotation ("][title*="四百匹"]')
  await expect(finding).toHaveCount(1)
  await finding.click()
  await expect(page.locator('section[data-finding-kind="annotation"]')).toContainText('四百匹')

  // A selection from one paragraph into the next spans both.
  await dragSelect(text, page, '以供驿递', '该站建于')
  await expect(page.getByRole('dialog', { name: 'Annotations' }).locator('q')).toHaveText(/^以供驿递。\s+该站建于$/)
  await annotateSelection(page, 'commenting', '两段相连。')
  await expect(text.locator('mark[title*="两段相连"]')).toHaveCount(2)
  const entries = page.getByRole('complementary', { name: 'Annotations' }).locator('li[data-annotation-id]')
  await expect(entries).toHaveCount(3)
  await expect(entries.filter({ hasText: '四百匹' })).toContainText('also listed among the findings')

  // The editor, on the source's screen: filters to questions, jumps to it, replies and resolves.
  await switchTo(page, 'editor')
  await page.goto(`/admin/collections/sources/${sourceId}`)
  const editorPanel = page.getByRole('complementary', { name: 'Annotations' })
  const editorEntries = editorPanel.locator('li[data-annotation-id]')
  await expect(editorEntries).toHaveCount(3)
  await editorPanel.getByLabel('Kind').selectOption('questioning')
  await expect(editorEntries).toHaveCount(1)
  await editorEntries.getByRole('button', { name: /何书记载/ }).click()
  const mark = page.getByTestId('source-annotations').locator('mark[aria-current="true"]')
  await expect(mark).toHaveText('一七六二年')
  await expect(mark).toBeFocused()
  const thread = editorPanel.getByTestId('annotation-thread')
  await thread.getByLabel('Reply').fill('见《新疆图志》卷八。')
  await thread.getByRole('button', { name: 'Send reply' }).click()
  await expect(thread.getByRole('listitem').filter({ hasText: '见《新疆图志》卷八。' })).toContainText('you ·')
  await expect(thread.getByRole('listitem').filter({ hasText: '见《新疆图志》卷八。' }).locator('time')).not.toBeEmpty()
  await thread.getByRole('button', { name: 'Resolve' }).click()
  await expect(editorEntries.getByRole('button', { name: /何书记载/ })).toContainText('Resolved')
  await expect(thread.getByTestId('annotation-resolution')).toContainText('Resolved by you')

  // The historian sees what became of it, and the link opens it on its source, thread shown, with no resolve button for them.
  await switchTo(page, 'historian')
  await page.goto('/admin')
  const yours = page.getByTestId('open-annotations-mine').getByRole('listitem').filter({ hasText: '一七六二年' })
  await expect(yours).toContainText('Resolved')
  await yours.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/sources/${sourceId}\\?annotation=`))
  const historianPanel = page.getByRole('complementary', { name: 'Annotations' })
  await expect(historianPanel.getByTestId('annotation-thread')).toContainText('见《新疆图志》卷八。')
  await expect(historianPanel.getByTestId('annotation-thread').getByRole('button', { name: /Resolve|Reject|Reopen/ })).toHaveCount(0)
})

test('in the reconcile view a historian annotates the comparison source in its aligned passage; it is stored on that source and marked there', async ({ page, request }) => {
  const chinese = await importSource(request, unique('霍尔果斯驿站'), ['霍尔果斯驿站建于1762年，养马40匹。'])
  const englishTitle = unique('Khorgos relay station')
  const english = await importSource(request, englishTitle, ['The Khorgos relay station was founded in 1762 and kept 40 horses.'], 'en')

  await logIn(page, 'historian')
  await page.goto(`/admin/collections/sources/${chinese}/reconcile`)
  await page.locator('select[data-comparison]').selectOption(`sources:${english}`)
  const comparison = page.locator('[data-side="right"]')
  await expect(comparison.locator('[data-pair-index]').first()).toContainText('founded in 1762')

  const sent = page.waitForRequest((posted) => posted.method() === 'POST' && new URL(posted.url()).pathname === '/api/annotations')
  await dragSelect(comparison, page, 'founded in 1762')
  await expect(page.getByRole('dialog', { name: 'Annotations' }).locator('q')).toHaveText('founded in 1762')
  await annotateSelection(page, 'questioning', 'Which record gives 1762?')
  expect((await sent).postDataJSON()).toMatchObject({ target: { source: expect.anything() }, exact: 'founded in 1762' })
  await expect(comparison.locator('mark[data-highlight-ids*="annotation:"]', { hasText: 'founded in 1762' })).toHaveAttribute('title', /Which record gives 1762\?/)

  // Stored on the English source, with the position its own text has; the Chinese source has none.
  const token = await apiToken(request, 'editor')
  const on = async (id: string) => ((await (await request.get(`/api/annotations?where[target.source][equals]=${id}&depth=0`, { headers: auth(token) })).json()) as { docs: { exact: string; start: number }[] }).docs
  const stored = await on(english)
  expect(stored).toHaveLength(1)
  const raw = ((await (await request.get(`/api/sources/${english}?depth=0`, { headers: auth(token) })).json()) as { rawText: string }).rawText
  expect(raw.slice(stored[0]!.start, stored[0]!.start + 'founded in 1762'.length)).toBe('founded in 1762')
  expect(await on(chinese)).toHaveLength(0)

  // Its own screen lists it.
  await page.goto(`/admin/collections/sources/${english}`)
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText('Which record gives 1762?')
})
