type RecordedName = { name: string; language?: null | string; script?: null | string; kind?: null | string }
type Named = { name?: null | string; names?: null | RecordedName[] }

/** Scripts a reader of each site language can read, best first. */
const READABLE_SCRIPTS: Record<string, string[]> = { en: ['Latn'], zh: ['Hans', 'Hant'] }

const scriptOf = (text: string) => (/\p{Script=Han}/u.test(text) ? 'Hans' : /\p{Script=Latin}/u.test(text) ? 'Latn' : /\p{Script=Cyrillic}/u.test(text) ? 'Cyrl' : null)

/**
 * An entity's name for a reader: its name in the locale if it has one (read
 * without fallback), else a recorded name in the locale's language, else one
 * in a script the reader reads (a romanization in English, Han in Chinese),
 * official before variant and never a machine-translation rendering while
 * another exists; else the first recorded name (a place known only as 新疆省
 * is shown so on /en too). Without a locale: the name, else the first recorded.
 */
export function displayName(entity: Named, locale?: string): string {
  if (entity.name) return entity.name
  const names = (entity.names ?? []).filter((n) => n.name)
  if (!locale) return names[0]?.name || '—'
  const scripts = READABLE_SCRIPTS[locale] ?? []
  const rank = (n: RecordedName) => {
    const script = n.script ?? scriptOf(n.name)
    const place = n.language === locale ? 0 : script && scripts.includes(script) ? 1 : 2
    const kind = n.kind === 'official' || !n.kind ? 0 : n.kind === 'machine-translation' || n.kind === 'pinyin' ? 2 : 1
    return place * 3 + kind
  }
  return [...names].sort((a, b) => rank(a) - rank(b))[0]?.name || '—'
}
