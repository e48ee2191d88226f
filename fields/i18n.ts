/** A label in both admin languages. */
export const label = (en: string, zh: string) => ({ en, zh })

/**
 * date-fns's localized patterns: the admin formats dates with the date-fns
 * locale of its language, so one pattern reads "December 1st, 2026 10:26 PM"
 * in English and "2026年12月1日 下午 10:26" in Chinese (a fixed pattern such as
 * Payload's default "MMMM do yyyy" keeps the English order in Chinese).
 */
export const LOCALIZED_DATE_TIME = 'PPP p'
export const LOCALIZED_DATE = 'PPP'

/** Select options from value → [English label, Chinese label], in that order. */
export const options = (labels: Record<string, readonly [en: string, zh: string]>) =>
  Object.entries(labels).map(([value, [en, zh]]) => ({ label: label(en, zh), value }))
