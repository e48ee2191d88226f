import { describe, expect, it } from 'vitest'

import { parseManifest } from './manifest'
import { loadSeed, SEED_NAMES } from './testing'

const valid = {
  title: 'Siege of Kuldja',
  language: 'en',
  kind: 'wiki',
  origin: { site: 'Wikipedia', url: null, retrieved: '2026-11-23', licence: 'CC BY-SA', attribution: 'Wikipedia contributors' },
  machineTranslated: false,
  translatedFrom: null,
  public: true,
  publishOnFirstStart: true,
}

describe('parseManifest', () => {
  it('accepts the corpus manifests with the facts of the seed README', () => {
    const manifests = SEED_NAMES.map((name) => loadSeed(name).manifest)
    expect(manifests.map((manifest) => [manifest.language, manifest.kind, manifest.machineTranslated, manifest.public, manifest.publishOnFirstStart])).toEqual([
      ['en', 'machine-translation', true, false, false],
      ['zh', 'wiki', false, true, true],
      ['en', 'wiki', false, true, true],
      ['en', 'wiki', false, true, true],
    ])
    expect(manifests[0]?.translatedFrom).toBe('zh')
    expect(manifests[1]?.origin.url).toBe('https://zh.wikipedia.org/wiki/清军收复新疆之战')
  })

  it('names the bad field', () => {
    expect(() => parseManifest([])).toThrow('Manifest must be a JSON object.')
    expect(() => parseManifest({ ...valid, title: '' })).toThrow('"title"')
    expect(() => parseManifest({ ...valid, language: 'fr' })).toThrow('"language" must be one of en, zh')
    expect(() => parseManifest({ ...valid, kind: 'blog' })).toThrow('"kind"')
    expect(() => parseManifest({ ...valid, origin: 'Wikipedia' })).toThrow('"origin" must be an object')
    expect(() => parseManifest({ ...valid, origin: { ...valid.origin, retrieved: '23/11/2026' } })).toThrow('"origin.retrieved"')
    expect(() => parseManifest({ ...valid, origin: { ...valid.origin, url: 'wikipedia' } })).toThrow('"origin.url"')
    expect(() => parseManifest({ ...valid, public: 'yes' })).toThrow('"public"')
    expect(() => parseManifest({ ...valid, machineTranslated: true })).toThrow('"translatedFrom"')
  })

  it('refuses a blank or non-string text field, naming it', () => {
    expect(() => parseManifest({ ...valid, title: '   ' })).toThrow('Manifest field "title" must be a non-empty string.')
    expect(() => parseManifest({ ...valid, title: 42 })).toThrow('Manifest field "title" must be a non-empty string.')
    for (const field of ['site', 'licence', 'attribution', 'retrieved'] as const) {
      expect(() => parseManifest({ ...valid, origin: { ...valid.origin, [field]: '' } })).toThrow(`Manifest field "origin.${field}" must be a non-empty string.`)
    }
  })

  it('refuses an origin that is a list, and an address that is not one http(s) URL', () => {
    expect(() => parseManifest({ ...valid, origin: [] })).toThrow('Manifest field "origin" must be an object.')
    for (const url of [['https://example.org/wiki/Kuldja'], 'see https://example.org/wiki/Kuldja', 'https://example.org/wiki/Kuldja and more', 'ftp://example.org/kuldja']) {
      expect(() => parseManifest({ ...valid, origin: { ...valid.origin, url } })).toThrow('Manifest field "origin.url" must be an http(s) URL or null.')
    }
    expect(parseManifest({ ...valid, origin: { ...valid.origin, url: 'http://example.org/wiki/Kuldja' } }).origin.url).toBe('http://example.org/wiki/Kuldja')
  })

  it('takes a retrieval date only as a real day written YYYY-MM-DD', () => {
    for (const retrieved of ['2026-02-30', '2026-11-23T10:00', 'on 2026-11-23', '2026-11']) {
      expect(() => parseManifest({ ...valid, origin: { ...valid.origin, retrieved } })).toThrow(`"origin.retrieved" must be an ISO date (YYYY-MM-DD); got "${retrieved}".`)
    }
    expect(parseManifest({ ...valid, origin: { ...valid.origin, retrieved: '2024-02-29' } }).origin.retrieved).toBe('2024-02-29')
  })
})
