type Named = { name?: null | string; names?: null | { name: string }[] }

/** An entity's name in the current locale, else the first name recorded for it (a place known only as 新疆省 is shown so on /en too). */
export const displayName = (entity: Named): string => entity.name || entity.names?.[0]?.name || '—'
