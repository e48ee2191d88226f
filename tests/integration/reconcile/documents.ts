/**
 * Documents written for the reconciliation tests (never the founding corpus):
 * a machine-translated English text with broken dates, a stray "?" and a raw
 * pinyin name, and a Chinese text on the same post whose era date disagrees
 * with its Gregorian year. Each has a manifest whose origin URL makes a
 * changed text a re-import of the same source.
 */
import { handleEndpoints, type Payload } from 'payload'

import type { Manifest } from '@/lib/corpus/manifest'
import { documentFile } from '../import/documents'

const manifest = (title: string, url: string, language: 'en' | 'zh'): Manifest => ({
  title,
  language,
  kind: 'machine-translation',
  origin: { site: 'Test archive', url, retrieved: '2026-11-30', licence: 'CC BY-SA', attribution: `Test text "${title}"` },
  machineTranslated: language === 'en',
  translatedFrom: language === 'en' ? 'zh' : null,
  public: false,
  publishOnFirstStart: false,
})

export const LEAD =
  'Fort Karasu was a small Qing outpost on the Karasu river, built in 1862 and held until the treaty of 1881. In 1February 864 the garrison of three hundred men repaired the walls? and sent word to the governor at Kashengaer.'
export const HISTORY = 'The treaty talks of 188 1 ended the long dispute over the river valley, and the outpost was given up in the same year by its own defenders, who burned the palisade.'
export const HISTORY_CHANGED = 'After the treaty the outpost was given up by its own defenders, who burned the palisade and left for the town on the plain.'

const NOTE = '  1. Orlov, Ivan (1994). The Argun Frontier Posts. Frontier Studies Press. p. 57.'

export const englishText = (history = HISTORY) => documentFile('karasu.txt', `Fort Karasu\n\n${LEAD} [1]\n\nHistory\n\n${history} [1]\n\n${NOTE}\n`, manifest('Fort Karasu', 'https://archive.test/karasu', 'en'))

export const CHINESE_LEAD = '喀拉苏堡是清代设在喀拉苏河畔的一座小型边堡，始建于同治元年（1862年），驻兵三百人，负责看守河上的渡口，并向将军报告往来商队的情况。'
export const CHINESE_HISTORY = '同治三年（1870年），守军修缮了城墙，并在河谷一带设立了新的卡伦，以防止越境的游牧部落。光绪七年（1881年）条约签订之后，该堡被废弃。'
export const chineseText = () => documentFile('kalasu.txt', `喀拉苏堡\n\n${CHINESE_LEAD}\n\n沿革\n\n${CHINESE_HISTORY}\n`, manifest('喀拉苏堡', 'https://archive.test/kalasu', 'zh'))

/** A call through Payload's own REST handler (what the Next route calls), as the holder of `token` or anonymously. */
export async function rest<T>(payload: Payload, method: 'GET' | 'POST', path: string, token?: string, body?: unknown) {
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost:3000/api${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  })
  return { status: response.status, body: (await response.json()) as T & { errors?: { message: string }[] } }
}
