import { expect, test } from '@playwright/test'

import { apiToken, auth, chooseWork, logIn, unique, watchRequests } from './support'

const paragraph = (text: string, ...cites: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }, ...cites] })
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })

test('a historian finds an uncited passage in Needs a source, opens the editor at it, and it leaves the queue once cited', async ({ page, request }) => {
  const token = await apiToken(request, 'historian')
  const claim = unique('The garrison of Fort Tasgan numbered four hundred men')
  const work = ((await (await request.post('/api/citations', { headers: auth(token), data: { type: 'book', title: { original: unique('Tasgan papers') }, issued: '1880' } })).json()) as { doc: { id: number | string } }).doc
  const created = await request.post('/api/articles?draft=true', { headers: auth(token), data: { title: unique('Fort Tasgan'), _status: 'draft', body: body(paragraph('An introduction.', { type: 'inlineBlock', version: 1, fields: { id: 'c0', blockName: '', blockType: 'cite', citation: work.id, locatorType: 'page', locator: '1' } }), paragraph(claim)) } })
  expect(created.status()).toBe(201)
  const article = ((await created.json()) as { doc: { id: number | string; body: unknown } }).doc

  await logIn(page, 'historian')
  await page.goto('/admin')
  // The navigation offers it (the menu itself may be folded away at the test's window size).
  await expect(page.locator('#nav-needs-a-source')).toHaveAttribute('href', '/admin/needs-a-source')
  await page.goto('/admin/needs-a-source')
  await expect(page.locator('h1')).toHaveText('Needs a source')
  await page.locator('select[name="article"]').selectOption(String(article.id))
  await page.locator('#sourcing-filters button[type="submit"]').click()
  const row = page.locator('#sourcing-queue tbody tr')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(claim)
  await expect(row).toContainText('Paragraph without citation')

  await row.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/articles/${String(article.id)}\\?locale=en&passage=1`))
  const outlined = page.locator('.rich-text-lexical [data-lexical-editor="true"] > .sourcing-passage')
  await expect(outlined).toHaveText(claim)
  await expect(outlined).toBeInViewport()

  // The historian cites the passage (a draft save, as the editor's autosave sends it); the queue no longer lists it.
  const cited = await request.patch(`/api/articles/${String(article.id)}?draft=true&autosave=true`, {
    headers: auth(token),
    data: { body: body(paragraph('An introduction.', { type: 'inlineBlock', version: 1, fields: { id: 'c0', blockName: '', blockType: 'cite', citation: work.id, locatorType: 'page', locator: '1' } }), paragraph(claim, { type: 'inlineBlock', version: 1, fields: { id: 'c1', blockName: '', blockType: 'cite', citation: work.id, locatorType: 'page', locator: '12' } })) },
  })
  expect(cited.status()).toBe(200)
  await page.goto(`/admin/needs-a-source?article=${String(article.id)}`)
  await expect(page.locator('#sourcing-count')).toHaveText('0 passages')
  await expect(page.locator('#sourcing-queue')).toHaveCount(0)
})

/** A valid ISBN-13 of its own for each run (978-0 is a group whose publisher ranges cover every number). */
function freshIsbn13(): string {
  const digits = `9780${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index % 2 ? 3 : 1), 0)
  return `${digits}${(10 - (sum % 10)) % 10}`
}

test('the queue empties as a historian cites its passages in the editor, finding the works by author and by ISBN', async ({ page, request }) => {
  const token = await apiToken(request, 'historian')
  const family = `Kang${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`
  const englishTitle = unique('East Asia before the West')
  const chineseTitle = unique('清代西北边疆研究')
  const isbn = freshIsbn13()
  const createWork = async (data: object) => {
    const response = await request.post('/api/citations', { headers: auth(token), data })
    expect(response.status()).toBe(201)
    return ((await response.json()) as { doc: { id: number | string } }).doc.id
  }
  const intro = await createWork({ type: 'book', title: { original: unique('Frontier papers') }, issued: '1880' })
  await createWork({ type: 'book', authors: [{ family, given: 'David C.' }], title: { original: englishTitle }, publisher: 'Columbia University Press', publisherPlace: 'New York', issued: '2013', language: 'en' })
  await createWork({ type: 'book', authors: [{ family: '康', given: '右铭' }], title: { original: chineseTitle }, publisher: '中华书局', publisherPlace: '北京', issued: '2013', isbn })

  const claims = [unique('The tribute embassies came every third year'), unique('边疆驻军每年轮换一次')]
  const title = unique('Tribute and frontier')
  const created = await request.post('/api/articles?draft=true', {
    headers: auth(token),
    data: { title, _status: 'draft', body: body(paragraph('An introduction.', { type: 'inlineBlock', version: 1, fields: { id: 'c0', blockName: '', blockType: 'cite', citation: intro, locatorType: 'page', locator: '1' } }), paragraph(claims[0]!), paragraph(claims[1]!)) },
  })
  expect(created.status()).toBe(201)
  const article = ((await created.json()) as { doc: { id: number | string } }).doc

  await logIn(page, 'historian')
  const requests = watchRequests(page)
  const countInList = async () => {
    await page.goto(`/admin/collections/articles?search=${encodeURIComponent(title)}`)
    const row = page.locator('tbody tr', { hasText: title })
    await expect(row).toHaveCount(1)
    return row.locator('.cell-needsSource')
  }
  await expect(await countInList()).toHaveText('2')

  const citeFromQueue = async (claim: string, search: string, workTitle: string, locator: string, chip: string, author: string) => {
    await page.goto(`/admin/needs-a-source?article=${String(article.id)}`)
    const row = page.locator('#sourcing-queue tbody tr', { hasText: claim })
    await expect(row).toHaveCount(1)
    await row.getByRole('link').click()
    const passage = page.locator('.rich-text-lexical [data-lexical-editor="true"] > .sourcing-passage')
    await expect(passage).toHaveText(claim)
    await passage.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' /Citation')
    await page.locator('.slash-menu-popup__item', { hasText: /^Citation$/ }).click()
    const drawer = page.locator('dialog[open], .drawer--is-open').last()
    await chooseWork(page, search, workTitle)
    await drawer.locator('input[name="locator"], #field-locator').first().fill(locator)
    await requests.settled()
    await drawer.getByRole('button', { name: /^Save/ }).click()
    await expect(drawer).toBeHidden()
    // The chip in the passage says what it cites; the full reference shows on hover.
    const cited = page.locator('.rich-text-lexical [data-lexical-editor="true"] > p', { hasText: claim }).locator('[data-cite-chip]')
    await expect(cited).toHaveText(chip, { useInnerText: true })
    await cited.hover()
    await expect(cited.getByRole('tooltip')).toBeVisible()
    await expect(cited.getByRole('tooltip')).toContainText(author)
    // Chicago capitalises an English title's words.
    await expect(cited.getByRole('tooltip')).toContainText(new RegExp(workTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'))
    await expect(page.locator('#draft-autosave-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 })
  }

  await citeFromQueue(claims[0]!, family, englishTitle, '225–230', `${family} 2013, 225–230`, `${family}, David C.`)
  await expect(await countInList()).toHaveText('1')
  // By ISBN, typed with other hyphens than the record's.
  await citeFromQueue(claims[1]!, `${isbn.slice(0, 3)}-${isbn.slice(3)}`, chineseTitle, '225', '康 2013，第225页', '康右铭. ')

  await page.goto(`/admin/needs-a-source?article=${String(article.id)}`)
  await expect(page.locator('#sourcing-count')).toHaveText('0 passages')
  await expect(page.locator('#sourcing-queue')).toHaveCount(0)
  await expect(await countInList()).toHaveText('0')

  // Opened again, the editor shows both chips from the saved draft, and the full reference on keyboard focus.
  await page.goto(`/admin/collections/articles/${String(article.id)}?locale=en`)
  const chips = page.locator('.rich-text-lexical [data-cite-chip]')
  await expect(chips).toHaveText(['Frontier papers', `${family} 2013, 225–230`, '康 2013，第225页'].map((text, index) => (index === 0 ? new RegExp(`^Frontier papers .* 1880, 1$`) : text)), { useInnerText: true })
  await chips.nth(1).focus()
  await expect(chips.nth(1).getByRole('tooltip')).toContainText(`${family}, David C.`)
})
