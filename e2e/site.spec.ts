import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { isConverterNotice } from '@/lib/corpus/transform/converterNotice'

import { apiToken, auth, logIn, unique } from './support'

type ArticleDoc = { id: number | string; slug: string; title: string | null; body?: unknown }

/** Published articles that have their own text in a locale, as the public API gives them. */
async function published(request: APIRequestContext, locale: 'en' | 'zh'): Promise<ArticleDoc[]> {
  const response = await request.get(`/api/articles?locale=${locale}&fallback-locale=none&depth=0&limit=50`)
  return ((await response.json()) as { docs: ArticleDoc[] }).docs.filter((doc) => doc.title)
}

/** The published article with the most footnotes (the imported Wikipedia articles, not a test's own). */
const withFootnotes = (docs: ArticleDoc[]) => {
  const cites = (doc: ArticleDoc) => JSON.stringify(doc.body ?? '').split('"blockType":"cite"').length - 1
  return [...docs].sort((a, b) => cites(b) - cites(a)).find((doc) => cites(doc) > 1)
}

test('a reader opens the home page and an article, follows a footnote and back, and previews a note', async ({ page, request }) => {
  const article = withFootnotes(await published(request, 'en'))
  expect(article, 'an English article with footnotes is published on first start').toBeTruthy()
  await page.goto('/en')
  await page.getByRole('link', { name: article!.title! }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article!.title!)

  const marker = page.locator('.article-body .ref > a').first()
  const noteHref = await marker.getAttribute('href')
  expect(noteHref).toMatch(/^#cite-note-/)
  await marker.click()
  await expect(page).toHaveURL(new RegExp(`${noteHref}$`))
  const note = page.locator(noteHref!)
  await expect(note).toBeInViewport()
  await expect(note.locator('.note-text')).not.toBeEmpty()

  const backLink = note.locator('.backlinks a').first()
  const markerId = (await backLink.getAttribute('href'))!
  await backLink.click()
  await expect(page).toHaveURL(new RegExp(`${markerId}$`))
  await expect(page.locator(markerId)).toBeInViewport()

  const preview = page.locator('.article-body .ref').nth(1)
  await preview.locator(':scope > a').focus()
  await expect(preview.locator('.ref-preview')).toBeVisible()
  await expect(page.locator('.bibliography li').first()).toBeVisible()

  // Related places, people and events lead to their own pages (an event to its place in the timeline).
  const related = page.locator('section[aria-labelledby="related"] a').last()
  const relatedName = (await related.textContent())!
  const href = (await related.getAttribute('href'))!
  await related.click()
  if (href.includes('#event-')) await expect(page.locator(href.slice(href.indexOf('#')))).toContainText(relatedName)
  else await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedName)
})

test('a keyboard alone reaches the content, a footnote and its note', async ({ page, request }) => {
  const article = withFootnotes(await published(request, 'en'))!
  await page.goto(`/en/articles/${article.slug}`)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#content$/)
  const marker = page.locator('.article-body .ref > a').first()
  for (let presses = 0; presses < 60 && !(await marker.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab')
  await expect(marker).toBeFocused()
  await expect(page.locator('.article-body .ref').first().locator('.ref-preview')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#cite-note-\d+$/)
})

test('Chinese text is set in a CJK font', async ({ page }) => {
  await page.goto('/zh')
  // Ask Chromium which installed font actually drew the heading's characters.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  expect(fonts.map((font) => font.familyName).join(', ')).toMatch(/CJK|Source Han/)
})

test('the language switch links an existing translation and says when there is none', async ({ page, request }) => {
  const english = (await published(request, 'en'))[0]!
  const chinese = await published(request, 'zh')
  await page.goto(`/en/articles/${english.slug}`)
  const switcher = page.locator('.lang-switch')
  if (chinese.some((doc) => doc.id === english.id)) await expect(switcher.getByRole('link')).toHaveAttribute('hreflang', 'zh')
  else await expect(switcher).toContainText('No Chinese version')
  await page.goto(`/zh/articles/${chinese[0]!.slug}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chinese[0]!.title!)
})

test('search finds two-character Chinese and English queries with highlighted snippets', async ({ page }) => {
  await page.goto('/zh/search')
  await page.getByLabel('搜索条目、地点、人物、事件和来源').fill('伊犁')
  await page.getByRole('button', { name: '搜索' }).click()
  await expect(page).toHaveURL(/q=%E4%BC%8A%E7%8A%81/)
  await expect(page.locator('.search-results li').first()).toBeVisible()
  await expect(page.locator('.search-results mark').first()).toHaveText(/伊犁|伊|犁/)

  await page.goto('/en/search?q=Albazin')
  await expect(page.locator('.search-results li').first()).toBeVisible()
  await expect(page.locator('.search-results mark').first()).toHaveText(/albazin/i)
})

test('a place page lists its names and the timeline shows original calendar forms', async ({ page }) => {
  await page.goto('/en/places')
  await page.locator('.card-list a').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('table.data tbody tr').first()).toBeVisible()
  await page.goto('/en/timeline')
  await expect(page.locator('.timeline li').first()).toBeVisible()
  await expect(page.locator('.timeline time').first()).toHaveAttribute('datetime', /^-?\d{1,4}/)
  // A span's years are given once: never "1639 (1639-1643) – 1643".
  const dates = await page.locator('.timeline .historical-date').allTextContents()
  expect(dates.filter((text) => /\(\s*[\d\s–-]+\)/.test(text))).toEqual([])
})

test('a saved draft stays private and an unpublished article answers 404 on the next request', async ({ request }) => {
  const token = await apiToken(request, 'editor')
  const title = unique('Treaty of Kyakhta')
  const created = await request.post('/api/articles', { headers: auth(token), data: { title, _status: 'published' } })
  const { doc } = (await created.json()) as { doc: ArticleDoc }
  expect((await request.get(`/en/articles/${doc.slug}`)).status()).toBe(200)
  // A draft saved over it (as autosave does) changes nothing the public sees…
  await request.patch(`/api/articles/${doc.id}?draft=true`, { headers: auth(token), data: { title: `${title} (draft)`, _status: 'draft' } })
  const page = await request.get(`/en/articles/${doc.slug}`)
  expect(page.status()).toBe(200)
  expect(await page.text()).not.toContain(`${title} (draft)`)
  // …unpublishing does, at once.
  await request.patch(`/api/articles/${doc.id}`, { headers: auth(token), data: { _status: 'draft' } })
  expect((await request.get(`/en/articles/${doc.slug}`)).status()).toBe(404)
})

test('a draft is a 404 for the public and visible to an editor in draft mode', async ({ page, request, browser }) => {
  const token = await apiToken(request, 'editor')
  const title = unique('Ili crisis draft')
  const created = await request.post('/api/articles', { headers: auth(token), data: { title, _status: 'draft' } })
  const { doc } = (await created.json()) as { doc: ArticleDoc }
  const anonymous = await browser.newPage()
  expect((await anonymous.goto(`/en/articles/${doc.slug}`))!.status()).toBe(404)
  expect((await anonymous.goto(`/next/preview?path=/en/articles/${doc.slug}`))!.status()).toBe(401)
  await anonymous.close()

  await logIn(page, 'editor')
  await page.goto(`/next/preview?path=/en/articles/${doc.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.locator('.notice')).toContainText('Draft preview')
  // Draft mode keeps the client runtime: live preview re-renders the page through it.
  expect(await page.locator('script[src]').count()).toBeGreaterThan(0)
})

test('reading pages load no JavaScript, and reading and searching work with JavaScript off', async ({ page, request, browser }) => {
  const scripts: string[] = []
  page.on('request', (loaded) => {
    if (loaded.resourceType() === 'script') scripts.push(loaded.url())
  })
  const article = withFootnotes(await published(request, 'en'))!
  const places = ((await (await request.get('/api/places?limit=1&depth=0')).json()) as { docs: { slug: string }[] }).docs
  for (const path of ['/en', `/en/articles/${article.slug}`, `/zh/search?q=${encodeURIComponent('伊犁')}`, `/zh/places/${places[0]!.slug}`, '/en/timeline']) {
    await page.goto(path)
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0)
  }
  expect(scripts).toEqual([])

  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const reader = await noScript.newPage()
  await reader.goto('/zh')
  await reader.getByRole('link', { name: '搜索' }).first().click()
  await reader.getByLabel('搜索条目、地点、人物、事件和来源').fill('伊犁')
  await reader.getByRole('button', { name: '搜索' }).click()
  await expect(reader.locator('.search-results mark').first()).toHaveText(/伊犁|伊|犁/)
  await reader.goto(`/en/articles/${article.slug}`)
  const marker = reader.locator('.article-body .ref > a').first()
  await marker.click()
  await expect(reader).toHaveURL(new RegExp(`${await marker.getAttribute('href')}$`))
  await noScript.close()
})

test('a printed article keeps its footnotes and bibliography and leaves out navigation and previews', async ({ page, request }) => {
  const article = withFootnotes(await published(request, 'en'))!
  await page.goto(`/en/articles/${article.slug}`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.notes li').first()).toBeVisible()
  await expect(page.locator('.notes .note-text').first()).not.toBeEmpty()
  await expect(page.locator('.bibliography li').first()).toBeVisible()
  await expect(page.locator('.article-body .ref').first()).toBeVisible()
  await expect(page.locator('.site-header nav')).toBeHidden()
  await page.locator('.article-body .ref > a').first().focus()
  await expect(page.locator('.article-body .ref-preview').first()).toBeHidden()
})

test('each language has an Atom feed and sitemap entries for exactly the articles written in it', async ({ request }) => {
  const decode = (xml: string) => xml.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&')
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const slugs: Record<string, string[]> = {}
  for (const locale of ['en', 'zh'] as const) {
    const response = await request.get(`/${locale}/feed.xml`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/atom+xml')
    const titles = [...(await response.text()).matchAll(/<entry>\s*<id>[^<]*<\/id>\s*<title>([^<]*)<\/title>/g)].map((match) => decode(match[1]!))
    const written = await published(request, locale)
    expect(titles.sort()).toEqual(written.map((doc) => doc.title!).sort())
    slugs[locale] = written.map((doc) => doc.slug)
  }
  const onlyChinese = slugs.zh!.filter((slug) => !slugs.en!.includes(slug))
  expect(onlyChinese.length, 'the founding corpus has an article written only in Chinese').toBeGreaterThan(0)
  for (const slug of onlyChinese) {
    expect(sitemap).toContain(`/zh/articles/${slug}<`)
    expect(sitemap).not.toContain(`/en/articles/${slug}<`)
    expect(sitemap).not.toContain(`/en/articles/${slug}"`)
  }
})

/** Every reading page reachable from the two home pages by links and language alternates, with the page that linked it; and those that did not answer 200. */
async function crawl(request: APIRequestContext): Promise<{ referrers: Map<string, string>; broken: string[] }> {
  const referrers = new Map<string, string>([['/en', 'start'], ['/zh', 'start']])
  const queue = ['/en', '/zh']
  const broken: string[] = []
  for (let path = queue.shift(); path; path = queue.shift()) {
    const response = await request.get(path, { maxRedirects: 0 })
    if (response.status() !== 200) {
      broken.push(`${response.status()} ${path} (from ${referrers.get(path)})`)
      continue
    }
    const html = await response.text()
    for (const [, href] of html.matchAll(/\shref="(\/(?:en|zh)(?:[/?][^"#]*)?)[#"]/g)) {
      const target = href!.replace(/&amp;/g, '&')
      if (/\/feed\.xml$/.test(target) || referrers.has(target)) continue
      referrers.set(target, path)
      queue.push(target)
    }
  }
  return { referrers, broken }
}

test('every link and language alternate between the reading pages leads to a page', async ({ request }) => {
  const { referrers, broken } = await crawl(request)
  expect(referrers.size, 'the crawl reached the articles, places, people and sources').toBeGreaterThan(40)
  expect(broken).toEqual([])
})

/** What an importer can leave in front of readers: Markdown or wiki link syntax, a conversion tool's notice. */
function importerDebris(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim())
  return [
    ...[...text.matchAll(/\[[^\]\n]{1,200}\]\((?:https?:\/\/|\/|#)[^)\s]*\)|\[\[[^\]\n]{1,200}\]\]/g)].map((match) => `link syntax: ${match[0]}`),
    ...lines.filter(isConverterNotice).map((line) => `converter notice: ${line}`),
  ]
}

test('every reading page at 375 px: no sideways scrolling, no console error, an icon, no importer debris', async ({ page, request }) => {
  test.setTimeout(10 * 60_000)
  const { referrers } = await crawl(request)
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 375, height: 800 })
  const problems: string[] = []
  const iconsSeen = new Set<string>()
  for (const path of referrers.keys()) {
    errors.length = 0
    await page.goto(path)
    const { width, text, icons } = await page.evaluate(() => {
      const width = document.documentElement.scrollWidth
      // A source page reproduces the document as imported (sources are never edited), a converter's line included:
      // the debris check reads what the platform itself wrote. Removed after the width is measured.
      document.querySelectorAll('.source-text').forEach((transcript) => transcript.remove())
      const icons = [...document.querySelectorAll('link[rel~="icon"]')].map((link) => link.getAttribute('href'))
      return { width, text: document.body.innerText, icons }
    })
    if (width > 375) problems.push(`${path}: ${width} px wide`)
    if (!icons.length) problems.push(`${path}: no icon`)
    for (const icon of icons) if (icon) iconsSeen.add(icon)
    problems.push(...errors.map((error) => `${path}: console error ${error}`))
    problems.push(...importerDebris(text).map((debris) => `${path}: ${debris}`))
  }
  for (const icon of iconsSeen) {
    const served = await request.get(icon)
    if (served.status() !== 200 || !served.headers()['content-type']?.startsWith('image/')) problems.push(`icon ${icon}: ${served.status()} ${served.headers()['content-type']}`)
  }
  expect(problems).toEqual([])
})

test('an address with nothing published answers 404 with a page that says so, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  for (const path of ['/en/articles/no-such-article', '/zh/places/no-such-place', '/zh/no-such-page', '/no-such-page']) {
    expect((await page.goto(path))!.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }), path).toContainText('Page not found')
    await expect(page.getByRole('heading', { level: 1 }), path).toContainText('找不到该页面')
    await expect(page.getByRole('link', { name: 'Frontier Annals' }), path).toHaveAttribute('href', '/en')
    expect(await page.locator('script').count(), path).toBe(0)
  }
  await context.close()
})

test('home, article, search, a place and the timeline have no axe violations in either language', async ({ page, request }) => {
  const places = ((await (await request.get('/api/places?limit=1&depth=0')).json()) as { docs: { slug: string }[] }).docs
  for (const locale of ['en', 'zh'] as const) {
    const article = withFootnotes(await published(request, locale)) ?? (await published(request, locale))[0]!
    const paths = ['', `/articles/${article.slug}`, `/search?q=${locale === 'zh' ? '伊犁' : 'Ili'}`, `/places/${places[0]!.slug}`, '/timeline']
    for (const path of paths) {
      await page.goto(`/${locale}${path}`)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `/${locale}${path}`).toEqual([])
    }
  }
})

test('the article and source indexes list what is published', async ({ page, request }) => {
  for (const locale of ['en', 'zh'] as const) {
    const titles = (await published(request, locale)).map((doc) => doc.title!)
    await page.goto(`/${locale}/articles?sort=title`)
    const listed = await page.locator('.article-index h2').allTextContents()
    expect(listed.toSorted()).toEqual(titles.toSorted())
    const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en')
    expect(listed).toEqual(listed.toSorted(collator.compare))
  }
  const sources = ((await (await request.get('/api/sources?limit=50&depth=0')).json()) as { docs: { title: string; machineTranslated?: boolean }[] }).docs
  await page.goto('/en/sources')
  for (const source of sources) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: source.title, exact: true }) })
    await expect(row).toHaveCount(1)
    await expect(row.getByRole('note')).toHaveCount(source.machineTranslated ? 1 : 0)
  }
})

test('the home page leads with the featured article and its summary, searches, and counts what each section holds', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const title = unique('Kyakhta trade')
  const summary = 'Caravans crossed the border at Kyakhta under the treaty of 1727.'
  const created = await request.post('/api/articles', { headers: auth(token), data: { title, summary, featured: true, period: { startYear: 1727, endYear: 1762 }, _status: 'published' } })
  expect(created.status()).toBe(201)
  const articles = await published(request, 'en')
  await page.goto('/en')
  const lead = page.locator('section[aria-labelledby="featured"]')
  await expect(lead.getByRole('heading', { level: 3 })).toHaveText(title)
  await expect(lead).toContainText(summary)
  await expect(lead).toContainText('1727–1762')
  const explore = page.locator('main nav[aria-labelledby="explore"]')
  await expect(explore.getByRole('listitem').filter({ hasText: 'Articles' })).toContainText(`(${articles.length})`)
  const places = ((await (await request.get('/api/places?limit=0')).json()) as { totalDocs: number }).totalDocs
  await expect(explore.getByRole('listitem').filter({ hasText: 'Places' })).toContainText(`(${places})`)
  await page.getByRole('searchbox').fill('Albazin')
  await page.getByRole('searchbox').press('Enter')
  await expect(page).toHaveURL(/\/en\/search\?q=Albazin/)
  await expect(page.locator('.search-results li').first()).toBeVisible()
})

test('name pages name things in the reader’s language and quote where an article mentions them', async ({ page, request }) => {
  type PlaceDoc = { slug: string; names?: { name: string }[] }
  const places = ((await (await request.get('/api/places?limit=200&depth=0')).json()) as { docs: PlaceDoc[] }).docs
  await page.goto('/en/places')
  const han = /\p{Script=Han}/u
  for (const place of places.filter((p) => p.names?.some((n) => /^[\p{Script=Latin}\s'’-]+$/u.test(n.name)))) {
    const title = await page.locator(`a[href="/en/places/${place.slug}"]`).textContent()
    expect(title, place.slug).not.toMatch(han)
  }
  // The place most articles mention: its page quotes each article where it is named.
  let quoted = 0
  for (const place of places.slice(0, 40)) {
    await page.goto(`/en/places/${place.slug}`)
    const mentions = page.locator('section[aria-labelledby="mentioned-in"] li')
    if ((await mentions.count()) === 0) continue
    quoted += await mentions.locator('.snippet mark').count()
    if (quoted) break
  }
  expect(quoted, 'a place page quotes an article passage naming the place').toBeGreaterThan(0)
})
