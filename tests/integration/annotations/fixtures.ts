import type { Payload } from 'payload'

/** A Lexical body of plain paragraphs, as the editor saves it. */
export const body = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] })),
  },
})

export const EN = [
  'The Qing court sent Sabsu north in 1683 to build forts on the Amur.',
  'Albazin was besieged twice; the second siege lasted from July 1686 into the next year.',
  'At Nerchinsk in 1689 the embassies agreed on a border along the Argun.',
]
export const ZH = ['雅克萨之战分两次。', '第二次围困从1686年七月持续到次年，清军十万人。', '尼布楚条约于1689年签订。']

/** Offsets of `words` in an article body of these paragraphs, as the editor counts them (blocks separated by a blank line). */
export function rangeIn(paragraphs: string[], words: string) {
  const text = paragraphs.join('\n\n')
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in the text`)
  return { start, end: start + words.length }
}

let serial = 0
export async function seedArticle(payload: Payload, status: 'draft' | 'published' = 'draft') {
  serial += 1
  const article = await payload.create({ collection: 'articles', locale: 'en', data: { title: `Siege of Albazin ${serial}`, body: body(...EN), _status: status } })
  await payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: `雅克萨之战 ${serial}`, body: body(...ZH), _status: status } })
  return article
}
