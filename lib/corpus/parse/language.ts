const HAN = /\p{Script=Han}/gu
const LATIN = /\p{Script=Latin}/gu
const CYRILLIC = /\p{Script=Cyrillic}/gu

/** The main language of a text from its characters: Chinese when Han characters carry it, Russian for mostly Cyrillic, else English. */
export function detectLanguage(text: string): string {
  // The link-target pattern stops at the next bracket or parenthesis, so it runs in linear time on any text.
  // Stryker disable next-line StringLiteral: the bracket kept or not is no letter
  const prose = text.replace(/\(?https?:\/\/\S+/g, '').replace(/\]\([^()[\]\n]*\)/g, ']')
  const han = prose.match(HAN)?.length ?? 0
  const latin = prose.match(LATIN)?.length ?? 0
  const cyrillic = prose.match(CYRILLIC)?.length ?? 0
  if (han > 0 && han * 3 >= latin + cyrillic) return 'zh'
  return cyrillic > latin ? 'ru' : 'en'
}
