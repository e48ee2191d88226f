/** A label in both admin languages. */
export const label = (en: string, zh: string) => ({ en, zh })

/** Select options from value → [English label, Chinese label], in that order. */
export const options = (labels: Record<string, readonly [en: string, zh: string]>) =>
  Object.entries(labels).map(([value, [en, zh]]) => ({ label: label(en, zh), value }))
