/** A label in both admin languages. */
export const label = (en: string, zh: string) => ({ en, zh })
