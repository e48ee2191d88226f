import ISBN from 'isbn3'
import { pinyin } from 'pinyin-pro'

import type { CitationRecord } from '@/lib/cite/format'
import { normalize } from '@/lib/search/normalize'

/**
 * The text a work is found by in the admin's work pickers and list: every
 * author's family and given names in each script they are recorded in (and
 * the pinyin of a name in characters), the title original, romanized and
 * translated, the year, and the ISBN in its 13- and 10-digit forms with and
 * without hyphens. Stored normalised (lib/search/normalize: lower case,
 * diacritics stripped, traditional characters simplified), and searched with
 * Payload's `like`, which matches each word of the query anywhere in it: a
 * substring match, so Chinese, written without spaces, is found from any part
 * of a name or title. The query goes through `workSearchQuery` first.
 */

type Text = null | string | undefined

export type WorkSearchRecord = Partial<Pick<CitationRecord, 'authors' | 'doi' | 'isbn' | 'issued' | 'title'>>

const HAN = /\p{Script=Han}/u
const present = (value: Text): string | undefined => value?.trim() || undefined

/** The digits of a written ISBN's 13- and 10-digit forms, hyphenated and not; just the digits of one that does not parse. */
function isbnForms(written: string): string[] {
  const parsed = ISBN.parse(written.replace(/^\s*ISBN(?:-1[03])?:?\s*/i, '').toUpperCase())
  if (!parsed) return [written.replace(/[^\dXx]/g, '')]
  return [parsed.isbn13, parsed.isbn13h, parsed.isbn10, parsed.isbn10h].filter((form): form is string => Boolean(form))
}

const toPinyin = (text: string) => pinyin(text, { toneType: 'none', nonZh: 'consecutive', separator: '', v: true })

function nameForms(person: NonNullable<WorkSearchRecord['authors']>[number]): string[] {
  const family = present(person.family)
  const given = present(person.given)
  const forms = [family, given, present(person.literal), present(person.romanized)]
  // A Chinese name is written family-first without a space (康右铭); a Latin one is searched either way round.
  if (family && given) forms.push(HAN.test(family) ? `${family}${given}` : `${given} ${family}`)
  // A name in characters is also found by its pinyin when the record gives no romanization of its own.
  for (const form of forms.slice()) if (form && HAN.test(form)) forms.push(toPinyin(form))
  return forms.filter((form): form is string => Boolean(form))
}

export function workSearchText(work: WorkSearchRecord): string {
  const title = work.title
  const pieces = [
    ...(work.authors ?? []).flatMap(nameForms),
    present(title?.original),
    present(title?.romanized),
    present(title?.translated),
    /\d{4}/.exec(work.issued ?? '')?.[0],
    ...(present(work.isbn) ? isbnForms(work.isbn!) : []),
    present(work.doi),
  ]
  return normalize([...new Set(pieces.filter(Boolean))].join(' '))
}

/** An ISBN as a searcher may type it: 10 or 13 digits (the last of ISBN-10 may be X), with hyphens or spaces between. */
const TYPED_ISBN = /(?<![\dXx])(?:97[89][\s-]*)?\d(?:[\s-]*\d){8}[\s-]*[\dXx](?![\dXx])/g

/**
 * A search as typed, made to meet `workSearchText`: normalised the same way; a
 * whole ISBN in either form ("ISBN" before it dropped) and any hyphenation becomes its 13 digits (stored
 * for every work with an ISBN); characters and Latin letters or digits typed
 * together (康2013) are split into words, which `like` matches separately.
 */
export function workSearchQuery(typed: string): string {
  // "ISBN" before the number is a label, found in no work's text.
  const isbnsCompacted = typed.replace(/\bISBN(?:-1[03])?:?/gi, ' ').replace(TYPED_ISBN, (written) => ISBN.parse(written.replace(/[\s-]/g, '').toUpperCase())?.isbn13 ?? written)
  return normalize(isbnsCompacted)
    .replace(/(\p{Script=Han})(?=[^\p{Script=Han}\s])|([^\p{Script=Han}\s])(?=\p{Script=Han})/gu, '$1$2 ')
    .replace(/\s+/g, ' ')
    .trim()
}
