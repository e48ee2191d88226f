/**
 * A machine-translation-style English document written for these tests (not
 * the founding corpus): Chinese date order and 万/亿 traces left in, the way a
 * machine translates a Chinese chronicle. Its defects are what the checks find.
 */
import type { Manifest } from '@/lib/corpus/manifest'
import { documentFile } from '../import/documents'

export const MT_TITLE = 'The Siege of the Kobdo Garrison'

/** The defects of high severity the checks find in the document, by kind and quote. */
export const BROKEN_DATE = '1February 864'
export const MAGNITUDE = '120 million soldiers'

export const MT_PARAGRAPHS = [
  'In 1862 the governor of the frontier received the order from the court to strengthen the garrison of the border town before the winter came.',
  `On ${BROKEN_DATE} the governor marched with ${MAGNITUDE} to the river crossing and camped there for many days waiting for the supplies from the capital.`,
  'The garrison of 1871 held the town for ten years while the envoys of both sides discussed the line of the border in the capital.',
]

export const MT_MANIFEST: Manifest = {
  title: MT_TITLE,
  language: 'en',
  kind: 'machine-translation',
  origin: { site: 'Test chronicle site', url: 'https://chronicle.test/kobdo-siege', retrieved: '2026-11-30', licence: 'Third-party content', attribution: 'Test chronicle (machine translation from Chinese)' },
  machineTranslated: true,
  translatedFrom: 'zh',
  public: false,
  publishOnFirstStart: false,
}

export const mtDocument = (paragraphs: string[] = MT_PARAGRAPHS) => documentFile('kobdo-siege.txt', `${MT_TITLE}\n\n${paragraphs.join('\n\n')}\n`, MT_MANIFEST)

/** Lexical text of plain paragraphs, as an editor's rewrite would store it. */
export const lexicalBody = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
    })),
  },
})
