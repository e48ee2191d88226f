import { describe, expect, it } from 'vitest'

import { decodeCacheValue, encodeCacheValue } from './codec'

describe('cache value codec', () => {
  it('keeps a rendered page whole: HTML, RSC bytes, segment data, headers', () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<html><body>伊犁 — Ili</body></html>',
      rscData: Buffer.from([0, 255, 254, 10, 0xe4, 0xbc]),
      segmentData: new Map([['/_tree', Buffer.from('tree')], ['/en/page', Buffer.from('页面')]]),
      headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/en' },
      status: 200,
      postponed: undefined,
    }
    const decoded = decodeCacheValue(encodeCacheValue({ lastModified: 1, value: page })) as { value: typeof page }
    expect(decoded.value.html).toBe(page.html)
    expect(Buffer.isBuffer(decoded.value.rscData)).toBe(true)
    expect([...decoded.value.rscData]).toEqual([...page.rscData])
    expect(decoded.value.segmentData).toBeInstanceOf(Map)
    expect(decoded.value.segmentData.get('/en/page')?.toString()).toBe('页面')
    expect(decoded.value.headers).toEqual(page.headers)
  })

  it('leaves ordinary objects that only look alike as they are', () => {
    const value = { note: { __buffer: 'aGk=', other: 1 }, list: [1, 'two'] }
    expect(decodeCacheValue(encodeCacheValue(value))).toEqual(value)
  })
})
