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
})
