import { describe, expect, it } from 'vitest'

import type { LexicalNode } from '@/lib/richtext/walk'
import { whereCited, type CitingArticle } from './whereCited'

const text = (value: string): LexicalNode => ({ type: 'text', text: value })
const cite = (work: unknown, locator?: string, locatorType?: string): LexicalNode => ({ type: 'inlineBlock', fields: { id: `c${String(work)}${locator ?? ''}`, blockType: 'cite', citation: work, locator, locatorType } })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const body = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

const article = (id: string, bodies: CitingArticle['bodies'], infobox: CitingArticle['infobox'] = []): CitingArticle => ({ id, title: { en: `Article ${id}`, zh: `条目${id}` }, bodies, infobox })

describe('whereCited', () => {
  it('lists each citation of the work with the words before it, its locator and its block, locale by locale', () => {
    const articles = [
      article('1', {
        en: body(paragraph(text('Nothing here.')), paragraph(text('The fort at Albazin fell in 1685.'), cite(7, '12–14'), text(' Then the envoys met.'), cite(8))),
        zh: body(paragraph(text('雅克萨城于一六八五年陷落。'), cite(7, '3', 'chapter'))),
      }),
      article('2', { en: body(paragraph(text('Unrelated.'), cite(8))) }),
    ]
    expect(whereCited('7', articles, ['en', 'zh'])).toEqual([
      { kind: 'citation', article: '1', title: 'Article 1', locale: 'en', block: 1, passage: 'The fort at Albazin fell in 1685.', locator: '12–14', locatorType: 'page' },
      { kind: 'citation', article: '1', title: '条目1', locale: 'zh', block: 0, passage: '雅克萨城于一六八五年陷落。', locator: '3', locatorType: 'chapter' },
    ])
  })

  it('quotes only the last words of a long passage before the citation', () => {
    const long = `${'The garrison waited through the winter for supplies that never came. '.repeat(5)}The last words.`
    const [use] = whereCited('7', [article('1', { en: body(paragraph(text(long), cite(7))) })], ['en'])
    expect(use?.passage.startsWith('…')).toBe(true)
    expect(use?.passage.endsWith('The last words.')).toBe(true)
    expect(use!.passage.length).toBeLessThanOrEqual(161)
  })

  it('lists primary-source quotations and infobox sources drawn from the work, populated or not', () => {
    const quotation: LexicalNode = { type: 'block', fields: { blockType: 'primarySource', original: '臣等查得', citation: { id: 7 }, locator: '3r', locatorType: 'folio' } }
    const uses = whereCited('7', [article('1', { zh: body(quotation) }, [{ value: 'date', locator: '45', citation: 7 }, { value: 'result', citation: 9 }])], ['en', 'zh'])
    expect(uses).toEqual([
      { kind: 'quotation', article: '1', title: '条目1', locale: 'zh', block: 0, passage: '臣等查得', locator: '3r', locatorType: 'folio' },
      { kind: 'infobox', article: '1', title: 'Article 1', locale: null, block: null, passage: 'date', locator: '45', locatorType: null },
    ])
  })

  it('finds nothing for a work nobody cites', () => {
    expect(whereCited('99', [article('1', { en: body(paragraph(text('A.'), cite(7))) })], ['en', 'zh'])).toEqual([])
  })
})
