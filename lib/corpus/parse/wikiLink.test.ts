import { describe, expect, it } from 'vitest'

import { classifyLink, normalizeTitle } from '@/lib/corpus/parse/wikiLink'

describe('classifyLink', () => {
  it('reads the wiki and title of an absolute link, mobile or not, without its query or anchor', () => {
    expect(classifyLink('https://ZH.m.wikipedia.org/wiki/%E4%BC%8A%E7%8A%81?oldid=1#history', 'en')).toEqual({ kind: 'page', target: '伊犁', language: 'zh' })
    expect(classifyLink('http://en.wikipedia.org/wiki/Treaty_of_Kiakhta', 'zh')).toEqual({ kind: 'page', target: 'Treaty of Kiakhta', language: 'en' })
  })

  it('keeps a relative link in the document’s own wiki, in each form converters write', () => {
    for (const href of ['../Page/塔城.md', './Page/塔城.md', 'Page/塔城.md', '/wiki/塔城', '塔城']) {
      expect(classifyLink(href, 'zh')).toEqual({ kind: 'page', target: '塔城', language: 'zh' })
    }
  })

  it('tells files and categories apart from pages, in English and Chinese namespaces', () => {
    expect(classifyLink('https://zh.wikipedia.org/wiki/File:Ili_map.png', 'zh')).toEqual({ kind: 'file', fileName: 'Ili_map.png' })
    expect(classifyLink('../Page/文件:伊犁 地图.png', 'zh')).toEqual({ kind: 'file', fileName: '伊犁_地图.png' })
    expect(classifyLink('https://en.wikipedia.org/wiki/Category:Qing_dynasty', 'en')).toEqual({ kind: 'category', name: 'Qing dynasty' })
    expect(classifyLink('../Page/分類:清朝.md', 'zh')).toEqual({ kind: 'category', name: '清朝' })
  })

  it('leaves other sites and schemes as external links', () => {
    for (const href of ['https://example.org/wiki/Ili', 'mailto:editor@example.org', 'https://example.org/a/b', '']) {
      expect(classifyLink(href, 'en')).toEqual({ kind: 'external', href })
    }
  })
})

describe('normalizeTitle', () => {
  it('decodes, puts spaces for underscores, folds runs of space, trims and composes', () => {
    expect(normalizeTitle('  Ili_%20_River ')).toBe('Ili River')
    expect(normalizeTitle('Ili%ZZ')).toBe('Ili%ZZ')
    expect(normalizeTitle('Cafe\u0301')).toBe('Café')
  })
})
