/**
 * Documents written by code for tests and benchmarks: a long article of the
 * corpus's shapes (converted-wiki Markdown with footnotes and links, in Chinese
 * and English) and hostile inputs. Nothing here comes from the corpus.
 */

const ENGLISH_PLACES = ['Kuldja', 'Vernyi', 'Tarbagatai', 'Kobdo', 'Uliastai', 'Aksu', 'Yarkand', 'Khotan']
const CHINESE_PLACES = ['伊犁', '塔城', '科布多', '乌里雅苏台', '阿克苏', '叶尔羌', '和阗', '喀什噶尔']
const ENGLISH_AUTHORS = ['Marsh', 'Okada', 'Petrov', 'Lindqvist', 'Ferreira', 'Nakamura']
const CHINESE_AUTHORS = ['王立', '陈思远', '刘文', '赵明', '孙静', '周平']

/** One section of the long article: a dated heading, paragraphs citing notes, a bulleted list. */
function section(index: number, chinese: boolean, noteOf: (work: number, page: number) => number): string {
  const place = (chinese ? CHINESE_PLACES : ENGLISH_PLACES)[index % 8]!
  const other = (chinese ? CHINESE_PLACES : ENGLISH_PLACES)[(index + 3) % 8]!
  const year = 1700 + (index % 180)
  const link = (name: string) => (chinese ? `[${name}](../Page/${name}.md "wikilink")` : `[${name}](https://en.wikipedia.org/wiki/${name})`)
  const cite = (offset: number) => `[^${noteOf((index + offset) % 40, 10 + ((index * 7 + offset) % 300))}]`
  const heading = chinese ? `## ${year}年—${year + 2}年：${place}之役` : `## ${place} campaign (${year}–${year + 2})`
  const paragraph = (n: number) =>
    chinese
      ? `第${index + 1}节第${n}段：${year}年春，守军自${link(place)}出发，经${link(other)}抵达边境，沿途修筑台站，并与地方首领议定互市之约。${cite(n)}此后数年，清廷多次派员勘察，留下大量奏折与舆图。${cite(n + 1)}`
      : `Section ${index + 1}, paragraph ${n}: in the spring of ${year} the garrison marched from ${link(place)} by way of ${link(other)} to the frontier posts, repairing the relay stations and agreeing the terms of trade with the local leaders.${cite(n)} Over the following years envoys surveyed the line again and again, leaving memorials and maps behind.${cite(n + 1)}`
  const list = [1, 2, 3].map((n) => (chinese ? `- ${place}驻军第${n}营：${100 * n}人${cite(n + 4)}` : `- ${place} garrison, battalion ${n}: ${100 * n} men${cite(n + 4)}`))
  return [heading, '', paragraph(1), '', paragraph(2), '', paragraph(3), '', ...list, ''].join('\n')
}

function footnote(number: number, work: number, page: number, chinese: boolean): string {
  const author = (chinese ? CHINESE_AUTHORS : ENGLISH_AUTHORS)[work % 6]!
  const year = 1950 + work
  return chinese
    ? `[^${number}]: ${author}：《边疆史料第${work + 1}辑》，北京：中华书局，${year}年，第${page}页。`
    : `[^${number}]: ${author}, A. (${year}). *Frontier Records, Volume ${work + 1}*. Cambridge University Press. p. ${page}.`
}

/**
 * A Markdown article of about `targetBytes` (UTF-8): sections alternating
 * between English and Chinese, every paragraph and list item citing numbered
 * footnotes of forty works (pages vary), each section linking two places.
 */
export function longArticleMarkdown(targetBytes: number, title = 'Frontier posts of the northwest, 1700–1880'): string {
  const notes: string[] = []
  const noteOf = (work: number, page: number) => {
    notes.push(footnote(notes.length + 1, work, page, work % 2 === 1))
    return notes.length
  }
  const encoder = new TextEncoder()
  const parts = [`# ${title}`, '', `**${title}** is a long article written by a program to test imports of real-sized documents. 本文为测试而生成。`, '']
  let bytes = encoder.encode(parts.join('\n')).length
  for (let index = 0; bytes < targetBytes; index++) {
    const before = notes.length
    const text = section(index, index % 2 === 1, noteOf)
    parts.push(text)
    bytes += encoder.encode(text).length + 1 + notes.slice(before).reduce((sum, note) => sum + encoder.encode(note).length + 1, 0)
  }
  return [...parts, '## Notes', '', ...notes, ''].join('\n')
}

/**
 * Markdown lists nested `levels` deep. `one-line`: `- - - … deep`, two bytes a
 * level, repeated `copies` times (5,000 levels: 10 KB a copy); `indented`: one
 * item per line, each indented under the one before.
 */
export function nestedListMarkdown(levels: number, layout: 'indented' | 'one-line', copies = 1): string {
  if (layout === 'indented') return Array.from({ length: levels }, (_, level) => `${' '.repeat(2 * level)}- level ${level + 1}`).join('\n') + '\n'
  return Array.from({ length: copies }, () => `${'- '.repeat(levels)}deep\n`).join('\n')
}
