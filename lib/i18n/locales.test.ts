import { describe, expect, it } from 'vitest'

import { alternatesFor, preferredLocale } from './locales'

describe('preferredLocale', () => {
  it('picks Chinese for any zh tag', () => {
    expect(preferredLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh')
    expect(preferredLocale('zh-Hant-TW')).toBe('zh')
  })
  it('honours q-values over order', () => {
    expect(preferredLocale('en;q=0.5, zh;q=0.9')).toBe('zh')
    expect(preferredLocale('fr, en;q=0.8, zh;q=0.7')).toBe('en')
  })
  it('falls back to English', () => {
    expect(preferredLocale(undefined)).toBe('en')
    expect(preferredLocale('kk-KZ, ru')).toBe('en')
    expect(preferredLocale('zh;q=0')).toBe('en')
  })
})

describe('alternatesFor', () => {
  it('links every locale by default, with English as x-default', () => {
    expect(alternatesFor('zh', '/places').languages).toEqual({ en: '/en/places', 'zh-Hans': '/zh/places', 'x-default': '/en/places' })
  })

  it('links only the languages a page is written in', () => {
    const { canonical, languages } = alternatesFor('zh', '/articles/qing-jun', ['zh'])
    expect(canonical).toBe('/zh/articles/qing-jun')
    expect(languages).toEqual({ 'zh-Hans': '/zh/articles/qing-jun', 'x-default': '/zh/articles/qing-jun' })
  })
})
