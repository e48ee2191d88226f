import { expect, test, type APIRequestContext } from '@playwright/test'

import { apiToken, auth, logIn, unique } from './support'

type Article = { id: number | string; _status: string; publishOverride?: { reason?: string | null; rules?: string[] } }

/** A machine-translation-style English text written for this test: a date broken by the translation, a 万/亿 trace. */
const PARAGRAPHS = [
  'In 1862 the governor of the frontier received the order from the court to strengthen the garrison of the border town before the winter came.',
  'On 1February 864 the governor marched with 120 million soldiers to the river crossing and camped there for many days waiting for the supplies.',
  'The garrison of 1871 held the town for ten years while the envoys of both sides discussed the line of the border in the capital.',
]

const lexical = (paragraphs: string[]) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
      children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
    })),
  },
})

/** A machine-translated source and the draft article drafted from it, untouched. */
async function machineTranslatedDraft(request: APIRequestContext, token: string) {
  const rawText = PARAGRAPHS.join('\n\n')
  let at = 0
  const segments = PARAGRAPHS.map((text, index) => {
    const start = rawText.indexOf(text, at)
    at = start + text.length
    return { segmentId: `s${index + 1}`, kind: 'paragraph', sectionPath: '', text, start, end: at }
  })
  const sourceTitle = unique('Siege of the Kobdo garrison (machine translation)')
  const source = await request.post('/api/sources', {
    headers: auth(token),
    data: { title: sourceTitle, language: 'en', kind: 'machine-translation', machineTranslated: true, translatedFrom: 'zh', rawText, segments },
  })
  expect(source.status()).toBe(201)
  const sourceId = ((await source.json()) as { doc: { id: number | string } }).doc.id
  const article = await request.post('/api/articles?draft=true&locale=en', {
    headers: auth(token),
    data: { title: unique('Siege of Kobdo'), body: lexical(PARAGRAPHS), sources: [sourceId], _status: 'draft' },
  })
  expect(article.status()).toBe(201)
  return { sourceTitle, articleId: ((await article.json()) as { doc: { id: number | string } }).doc.id }
}

test('an MT draft says so in the editor; Publish is refused with the rule, and an editor’s reason publishes it', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const { sourceTitle, articleId } = await machineTranslatedDraft(request, token)

  await logIn(page, 'editor')
  await page.goto(`/admin/collections/articles/${articleId}`)
  const banner = page.getByTestId('mt-banner')
  await expect(banner).toContainText('Drafted from a machine translation')
  await expect(banner.getByRole('link', { name: sourceTitle })).toHaveAttribute('href', /\/admin\/collections\/sources\/[^/]+$/)
  await expect(banner).toContainText('has not yet been reconciled by an editor')
  await expect(banner).toContainText(/Reconciliation: 0 of [1-9]\d* findings decided/)
  await expect(page.getByTestId('unmodified-share')).toContainText('100 % of this text is unchanged (publishing limit 70 %)')
  await expect(page.getByTestId('unmodified-share').locator('li')).toHaveCount(PARAGRAPHS.length)

  await page.locator('#action-save').click()
  const toasts = page.locator('.payload-toast-container')
  await expect(toasts).toContainText('Publishing refused. 2 findings of high severity are unresolved')
  await expect(toasts).toContainText('100 % of the English text is the unmodified machine translation, 30 points over the limit of 70 %.')
  const refused = await request.get(`/api/articles/${articleId}?depth=0`, { headers: auth(token) })
  expect(((await refused.json()) as Article)._status).toBe('draft')

  const reason = 'Published as the raw translation for the review board, with the notice shown.'
  await page.locator('#field-publishOverride__reason').fill(reason)
  await expect(page.locator('#draft-autosave-status')).toHaveAttribute('data-state', 'saved')
  await page.locator('#action-save').click()
  await expect(toasts).toContainText(/success/i)

  const published = await request.get(`/api/articles/${articleId}?depth=0`, { headers: auth(token) })
  const article = (await published.json()) as Article
  expect(article._status).toBe('published')
  expect(article.publishOverride?.reason).toBe(reason)
  expect(article.publishOverride?.rules).toEqual(['unresolved-findings', 'unmodified'])
})
