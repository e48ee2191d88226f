import { pinyin } from 'pinyin-pro'
import slugifyLatin from 'slugify'

const HAN = /\p{Script=Han}/u

/**
 * A URL slug for a title in any of the platform's languages: Han characters are
 * romanized to toneless pinyin (伊犁 → yi-li), everything else is transliterated
 * to ASCII (Kazakh Cyrillic included).
 */
export function slugify(title: string): string {
  const romanized = HAN.test(title)
    ? pinyin(title, { toneType: 'none', nonZh: 'consecutive', separator: ' ', v: true })
    : title
  return slugifyLatin(romanized, { lower: true, strict: true, trim: true }).slice(0, 96).replace(/-+$/, '')
}

/** The slug with a numeric suffix, for when the plain slug is taken. */
export function numberedSlug(base: string, n: number): string {
  return n <= 1 ? base : `${base}-${n}`
}
