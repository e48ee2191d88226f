import { describe, expect, it } from 'vitest'

import { checkLinkUrl, safeHref, sameOriginPath } from './url'

/** Every spelling of a scheme that browsers (or a decoding step) would still read as that scheme. */
function spellings(scheme: string, rest: string): string[] {
  const upper = scheme.toUpperCase()
  const mixed = [...scheme].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')
  const withInside = (insert: string) => `${scheme.slice(0, 2)}${insert}${scheme.slice(2)}:${rest}`
  const numeric = [...scheme].map((c) => `&#${c.charCodeAt(0)};`).join('')
  const hex = [...scheme].map((c) => `&#x${c.charCodeAt(0).toString(16)}`).join('')
  const percent = [...scheme].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')
  return [
    `${scheme}:${rest}`,
    `${upper}:${rest}`,
    `${mixed}:${rest}`,
    ` ${scheme}:${rest}`,
    `\u0001\u0010 ${scheme}:${rest}`,
    `\t\n${scheme}:${rest}`,
    withInside('\t'),
    withInside('\n'),
    withInside('\r\n'),
    `${numeric}:${rest}`,
    `${hex}:${rest}`,
    `${scheme}&colon;${rest}`,
    `${scheme}&#58;${rest}`,
    `${scheme}&#x3A;${rest}`,
    `${percent}:${rest}`,
    `${scheme}%3a${rest}`,
    `${scheme}%253A${rest}`,
    `&amp;#${scheme.charCodeAt(0)};${scheme.slice(1)}:${rest}`,
  ]
}

describe('checkLinkUrl', () => {
  it.each([
    ['javascript', 'alert(document.cookie)'],
    ['vbscript', 'msgbox("x")'],
    ['data', 'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ])('refuses %s: in every spelling, naming the scheme', (scheme, rest) => {
    for (const url of spellings(scheme, rest)) {
      const check = checkLinkUrl(url)
      expect(check, JSON.stringify(url)).toMatchObject({ ok: false })
      if (!check.ok && !/control characters/.test(check.reason)) expect(check.reason, JSON.stringify(url)).toContain(`${scheme}:`)
      expect(safeHref(url), JSON.stringify(url)).toBeUndefined()
    }
  })

  it('refuses other schemes and addresses that lead off-site without a scheme', () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/x', 'tel:+4412345', 'blob:https://example.com/1', '//evil.example/x', '/\\evil.example', 'www.example.com', 'evil.example/page', 'https://', 'mailto:']) {
      expect(checkLinkUrl(url).ok, url).toBe(false)
    }
  })

  it('refuses spaces and control characters inside an address', () => {
    expect(checkLinkUrl('https://example.com/a b').ok).toBe(false)
    expect(checkLinkUrl('/en/articles/a\u0000b').ok).toBe(false)
    expect(checkLinkUrl('https://example.com/\u200bx').ok).toBe(false)
  })

  it('accepts web, mail and internal addresses, in English and Chinese', () => {
    expect(checkLinkUrl('https://zh.wikipedia.org/wiki/伊犁')).toEqual({ ok: true, kind: 'web' })
    expect(checkLinkUrl('https://zh.wikipedia.org/wiki/%E4%BC%8A%E7%8A%81?x=1#Notes')).toEqual({ ok: true, kind: 'web' })
    expect(checkLinkUrl('HTTP://archive.org/details/qing-frontier')).toEqual({ ok: true, kind: 'web' })
    expect(checkLinkUrl('mailto:editors@frontier-annals.example')).toEqual({ ok: true, kind: 'mailto' })
    expect(checkLinkUrl('/zh/articles/yi-li')).toEqual({ ok: true, kind: 'internal' })
    expect(checkLinkUrl('/en/search?q=Ili:crisis')).toEqual({ ok: true, kind: 'internal' })
    expect(checkLinkUrl('#notes')).toEqual({ ok: true, kind: 'internal' })
    expect(safeHref('  https://example.com/  ')).toBe('https://example.com/')
  })

  it('refuses what is not a string or is empty', () => {
    for (const value of [undefined, null, 42, '', '   ', { url: 'https://example.com' }]) expect(checkLinkUrl(value).ok).toBe(false)
  })
})

describe('sameOriginPath', () => {
  it.each([
    '//evil.example/',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/%5Cevil.example',
    '/%252F%252Fevil.example',
    '/&#47;evil.example',
    'https://evil.example/',
    'HTTPS://evil.example/',
    'javascript:alert(1)',
    ' /en',
    '\u0000/en',
    'evil.example',
    '',
  ])('refuses %j', (path) => {
    expect(sameOriginPath(path)).toBeNull()
  })

  it('keeps paths on this site, with query and fragment', () => {
    expect(sameOriginPath('/en/articles/albazin')).toBe('/en/articles/albazin')
    expect(sameOriginPath('/zh/search?q=伊犁#results')).toBe('/zh/search?q=%E4%BC%8A%E7%8A%81#results')
    expect(sameOriginPath('/')).toBe('/')
    expect(sameOriginPath('/en/../zh')).toBe('/zh')
  })
})

describe('checkLinkUrl reasons and decodings', () => {
  const reason = (raw: unknown) => {
    const check = checkLinkUrl(raw)
    return check.ok ? null : check.reason
  }
  const allowed = 'a link may be a web address (https://…), a mailto: address or a path on this site (/…)'

  it('says why each address is refused, in words an editor can act on', () => {
    expect(reason('')).toBe(`is empty; ${allowed}`)
    expect(reason('   ')).toBe(`is empty; ${allowed}`)
    expect(reason('https://example.org/a b')).toBe(`contains spaces or control characters; ${allowed}`)
    expect(reason('mailto:')).toBe('is a mailto: without an address')
    expect(reason('https://')).toBe('is not a complete web address (https://host/…)')
    expect(reason('//evil.example/path')).toBe('leads to another site without saying how (//…); write https://…')
    expect(reason('kuldja.html')).toBe(`is not one; ${allowed}`)
  })

  it('names the scheme of an address broken by a tab, and reads upper-case hex entities', () => {
    expect(reason('java\tscript:alert(1)')).toContain('uses the javascript: scheme')
    expect(reason('&#X6A;avascript:alert(1)')).toContain('uses the javascript: scheme')
  })

  it('leaves an entity beyond the last code point as written, without failing', () => {
    expect(checkLinkUrl('https://example.org/&#x110000;')).toEqual({ ok: true, kind: 'web' })
    expect(checkLinkUrl('https://example.org/&#x10FFFF;')).toEqual({ ok: true, kind: 'web' })
  })
})

