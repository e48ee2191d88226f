import { issuedOf } from '../dates'
import { namesEditors, peopleOf } from '../names'
import { PUBLISHER_WORDS } from '../publication'
import type { ParsedReference } from '../types'

const CN_NUMBER = '[一二三四五六七八九十百〇零\\d]+'
/** GB/T 7714 document type codes: [M] book, [J] journal article, [C] proceedings, [D] thesis, [N] newspaper, [EB/OL] web. */
const GBT_TYPE = /\[(M|J|C|D|N|G|A|R|EB\/OL|DB\/OL)\]/
const GBT_TYPES: Record<string, ParsedReference['type']> = { M: 'book', J: 'article-journal', C: 'chapter', D: 'thesis', N: 'article-newspaper', G: 'book', A: 'chapter', R: 'book', 'EB/OL': 'webpage', 'DB/OL': 'webpage' }
const REMARK = /[“”"「」]|认为|認為|说|說|指出|称|稱/

/** The people before a Chinese title: "王柯：", "张秀平、毛元佑、黄朴民 著：", "〔清〕魏源", "马大正主编：". */
function readPeople(written: string, reference: ParsedReference): void {
  const text = written.replace(/[：:，,\s]+$/, '').trim()
  if (!text) return
  const editors = namesEditors(text.replace(/\s+/g, ''))
  const people = peopleOf(text.replace(/\s*(?:等)?\s*(?:主?[编編](?:著)?|[著撰辑輯纂]|[译譯]|校注|[点點]校)\s*$/u, ''))
  if (editors) reference.editors = people
  else reference.authors = people
}

/**
 * Pieces after the title, split at Chinese commas: 卷四 / 第三卷 (volume), 第2版 / 修订版 (edition),
 * 北京：中华书局 (place and publisher), 1984年 / 一九八四年 / 光绪十年 / 民国二十三年 (date), 第6期 (issue),
 * 中国第一历史档案馆藏 / 档号… (archive).
 */
function readChineseDetails(pieces: string[], reference: ParsedReference): void {
  for (const raw of pieces) {
    const piece = raw.replace(/^[\s，,。.]+|[\s，,。.]+$/g, '')
    if (!piece) continue
    const placed = /^([\p{Script=Han}]{2,4})\s*[：:]\s*(.+)$/u.exec(piece)
    if (placed?.[1] && placed[2] && PUBLISHER_WORDS.test(placed[2])) {
      reference.publisherPlace = placed[1]
      const withYear = /^(.+?)\s*[，,]?\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年?$/u.exec(placed[2])
      reference.publisher = withYear?.[1]?.trim() ?? placed[2].trim()
      if (withYear?.[2]) reference.issued ??= issuedOf(`${withYear[2]}年`)
      continue
    }
    if (PUBLISHER_WORDS.test(piece) && !/藏$/.test(piece)) {
      reference.publisher ??= piece
      continue
    }
    const journalIssue = new RegExp(`^(?:(\\d{4})\\s*年)?\\s*第\\s*(${CN_NUMBER})\\s*期$`, 'u').exec(piece)
    if (journalIssue) {
      if (journalIssue[1]) reference.issued ??= journalIssue[1]
      reference.issue = journalIssue[2] ?? null
      continue
    }
    const volume = new RegExp(`^(?:卷(${CN_NUMBER})|第(${CN_NUMBER})[卷册冊]|([上中下])[册冊])$`, 'u').exec(piece)
    if (volume) {
      reference.volume = volume[1] ?? volume[2] ?? volume[3] ?? null
      continue
    }
    const edition = new RegExp(`^(?:第(${CN_NUMBER})版|(修订|修訂|增订|增訂)版)$`, 'u').exec(piece)
    if (edition) {
      reference.edition = edition[1] ?? edition[2] ?? null
      continue
    }
    if (/藏$|档号|檔號|档案馆|檔案館/.test(piece)) {
      reference.archive = reference.archive ? `${reference.archive}，${piece}` : piece
      reference.type = 'manuscript'
      continue
    }
    const date = issuedOf(piece)
    if (date && /年|^\d{4}$/.test(piece)) {
      reference.issued ??= date
      continue
    }
  }
}

/** GB/T 7714: "魏源. 圣武记[M]. 北京: 中华书局, 1984: 156." / "王柯. 标题[J]. 二十一世纪, 2001(6): 45-56." */
function readGbt(text: string, reference: ParsedReference): boolean {
  const match = new RegExp(`^(?:(.+?)\\.\\s*)?(.+?)${GBT_TYPE.source}\\.?\\s*(.*)$`, 'su').exec(text)
  if (!match?.[2] || !match[3]) return false
  const [, people, title, code = 'M', rest = ''] = match
  if (people) readPeople(people, reference)
  reference.title.original = title.trim()
  reference.type = GBT_TYPES[code] ?? 'book'
  const journal = /^(.+?),\s*(\d{4})(?:,\s*(\d+))?\s*(?:\((\w+)\))?\s*(?::\s*([\d–—-]+))?\.?$/.exec(rest)
  if (reference.type === 'article-journal' && journal?.[1]) {
    reference.containerTitle = journal[1].trim()
    reference.issued = journal[2] ?? null
    reference.volume = journal[3] ?? null
    reference.issue = journal[4] ?? null
    reference.pages = journal[5] ?? null
    return true
  }
  const book = /^([^:：]+?)\s*[:：]\s*(.+?),\s*(\d{4})(?:\s*[:：]\s*([\d–—-]+))?\.?$/.exec(rest)
  if (book?.[1] && book[2]) {
    reference.publisherPlace = book[1].trim()
    reference.publisher = book[2].trim()
    reference.issued = book[3] ?? null
    if (book[4]) reference.locator ??= { locatorType: 'page', locator: book[4] }
    return true
  }
  reference.issued ??= issuedOf(rest)
  return true
}

/**
 * Chinese references: 《书名》 for books and collections, 〈篇名〉 for articles and chapters, the people
 * before them (dynasty markers 〔清〕/（清）, roles 著/编/主编), then 卷, edition, place：publisher, year
 * (Arabic, Chinese numerals or reign era) — and GB/T 7714 ("作者. 题名[M]. 出版地: 出版者, 年.").
 * A remark quoting the work ("若米尼认为“…”《…》") is kept as the use's quotation.
 */
export function readChinese(text: string, reference: ParsedReference): boolean {
  if (GBT_TYPE.test(text) && readGbt(text, reference)) return true
  const titles = [...text.matchAll(/[《〈<]([^》〉>]+)[》〉>]/g)]
  const [first, second] = titles
  if (!first?.[1]) return false
  reference.title.original = first[1]
  if (first[0].startsWith('〈') || first[0].startsWith('<')) reference.type = 'article-journal'
  const between = second ? text.slice((first.index ?? 0) + first[0].length, second.index) : ''
  let afterTitles = text.slice((first.index ?? 0) + first[0].length)
  if (second?.[1] && /^[\s，,、：:·]*$/u.test(between)) {
    reference.containerTitle = second[1]
    reference.type = first[0].startsWith('《') ? 'chapter' : 'article-journal'
    afterTitles = text.slice((second.index ?? 0) + second[0].length)
  }
  const before = text.slice(0, first.index)
  if (REMARK.test(before)) reference.quote = before.replace(/[：:，,\s]+$/, '')
  else readPeople(before, reference)
  // "…《左宗棠全集》札件，第384页": the part of the collection after its title stays in the note's text.
  const [section, ...pieces] = afterTitles.split(/[，,。；;]/)
  if (section && !(reference.containerTitle && /^[\p{Script=Han}·]{1,8}$/u.test(section.trim()) && !/^卷|^第|年$/.test(section.trim()))) pieces.unshift(section)
  readChineseDetails(pieces, reference)
  return true
}
