import { authorityFrom, type Authority } from './authority'
import { checkText } from './check'
import type { Finding, FindingKind, Language } from './types'

/** A small authority written for the tests (not the corpus seed): its names are what the tests expect to be recognised. */
export const TEST_AUTHORITY: Authority = authorityFrom({
  places: [
    { names: [['Kobdo', 'en', 'Latn', 'official'], ['Khovd', 'en', 'Latn', 'variant'], ['Hobdo', 'en', 'Latn', 'historic'], ['科布多', 'zh', 'Hans', 'official']] },
    { names: [['Tarbagatai', 'en', 'Latn', 'official'], ['塔尔巴哈台', 'zh', 'Hans', 'official']] },
    { names: [['Dzungaria', 'en', 'Latn', 'official'], ['准噶尔', 'zh', 'Hans', 'official'], ['准格尔', 'zh', 'Hans', 'variant']] },
  ],
  people: [
    { names: [['Amursana', 'en', 'Latn', 'official'], ['Amuersana', 'en', 'Latn', 'machine-translation'], ['阿睦尔撒纳', 'zh', 'Hans', 'official']] },
    { names: [['Ablai Khan', 'en', 'Latn', 'official'], ['阿布赉', 'zh', 'Hans', 'official']] },
    { names: [['Zhao Hui', 'en', 'Latn', 'official'], ['兆惠', 'zh', 'Hans', 'official']] },
  ],
  terms: [{ names: [['karun', 'en', 'Latn', 'official'], ['kalun', 'en', 'Latn', 'variant'], ['卡伦', 'zh', 'Hans', 'official']] }],
})

/** Checks paragraphs (ids p1, p2, …) with the test authority. */
export const check = (paragraphs: string[], language: Language = 'en', authority: Authority = TEST_AUTHORITY): Finding[] =>
  checkText({ segments: paragraphs.map((text, index) => ({ id: `p${index + 1}`, text, kind: 'paragraph' })), language, authority })

export const ofKind = (findings: Finding[], kind: FindingKind) => findings.filter((finding) => finding.kind === kind)

/** Paragraphs that give the text a period (the 1860s–1870s), so year checks have a range to judge by. */
export const PERIOD = ['In 1862 the frontier was quiet.', 'By 1864 the garrisons had been reinforced.', 'The talks of 1869 and 1871 settled little.']
