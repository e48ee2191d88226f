import { describe, expect, it } from 'vitest'

import { parseDocument } from '@/lib/corpus/parse'
import { planImport } from './plan'
import { isConverterNotice } from './converterNotice'

describe('isConverterNotice', () => {
  it('recognises notices of a conversion, in Chinese and English', () => {
    expect(isConverterNotice('本文内容由北关之战转换而来。')).toBe(true)
    expect(isConverterNotice('本頁內容從維基百科頁面轉換而來。')).toBe(true)
    expect(isConverterNotice('This page was automatically generated from a wiki article.')).toBe(true)
    expect(isConverterNotice('Converted from https://example.org/wiki/Fort by pagetool 2.1')).toBe(true)
  })

  it('measures a notice with its spacing collapsed, up to 200 characters', () => {
    const notice = (length: number) => `This page was automatically generated from ${'a'.repeat(length - 'This page was automatically generated from .'.length)}.`
    expect(notice(200)).toHaveLength(200)
    expect(isConverterNotice(notice(200))).toBe(true)
    expect(isConverterNotice(notice(201))).toBe(false)
    expect(isConverterNotice(`This page was\n\n   automatically generated from${' '.repeat(40)}${'a'.repeat(150)}.`)).toBe(true)
    expect(isConverterNotice('')).toBe(false)
  })

  it('leaves text that only mentions a conversion alone', () => {
    expect(isConverterNotice('The chapel was converted from a granary in 1702, and the garrison worshipped there until the fire.')).toBe(false)
    expect(isConverterNotice('要塞由粮仓改建而成。守军在此驻扎多年。')).toBe(false)
    expect(isConverterNotice('守军由北门转移到南门，随后转换阵地。此后战事平息。')).toBe(false)
    expect(isConverterNotice('Converted from a granary, the chapel stood for a century. It burned in 1801.')).toBe(false)
  })
})

const bodyText = (markdown: string, fileName: string) => {
  const plan = planImport(parseDocument(markdown, { fileName }), markdown)
  return { body: JSON.stringify(plan.article.body), summary: plan.article.summary, segments: plan.source.segments.map((segment) => segment.text).join('\n') }
}

describe('an imported page with a converter notice', () => {
  it('keeps a Chinese notice quotation out of the article body and summary, but in the source', () => {
    const markdown = '> 本文内容由[北关之战](https://example.org/wiki/北关之战)转换而来。\n\n# 北关之战\n\n**北关之战**是[北关](https://example.org/wiki/北关)守军与来犯者之间的战役。\n\n## 经过\n\n守军坚守至[次年](https://example.org/wiki/次年)春。\n'
    const { body, summary, segments } = bodyText(markdown, 'beiguan.md')
    expect(body).not.toMatch(/转换而来/)
    expect(body).toMatch(/守军坚守至/)
    expect(summary).toMatch(/^北关之战是/)
    expect(segments).toMatch(/转换而来/)
  })

  it('keeps an English notice paragraph out of the article body', () => {
    const markdown = '# Siege of Stonebridge\n\nThe [siege](https://example.org/wiki/Siege) of [Stonebridge](https://example.org/wiki/Stonebridge) lasted a winter.\n\n## Aftermath\n\nThe fort was rebuilt.\n\n*This page was automatically generated from [a wiki article](https://example.org/wiki/Stonebridge).*\n'
    const { body } = bodyText(markdown, 'stonebridge.md')
    expect(body).not.toMatch(/automatically generated/)
    expect(body).toMatch(/The fort was rebuilt/)
  })
})
