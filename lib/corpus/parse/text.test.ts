import { describe, expect, it } from 'vitest'

import { blocksOf, outlineOf } from '@/lib/corpus/testing'
import { PARSE_LIMITS } from './limits'
import { parseText } from './text'

/**
 * Plain text as mirrors print it, in documents written for these tests:
 * which line becomes which block, and the offsets that point back into it.
 */

const parse = (raw: string, language = 'en') => parseText(raw, language, { fileName: 'test.txt', limits: PARSE_LIMITS })
const outline = (raw: string) => outlineOf(parse(raw))
/** The raw text each block's span covers. */
const spansOf = (raw: string) => blocksOf(parse(raw)).map((block) => raw.slice(block.start, block.end))

const LEAD = 'The Kuldja garrison held the Ili valley for the Qing from the 1760s until the Russian occupation of 1871.'
const ZH_LEAD = '惠远城是伊犁将军的驻地，乾隆二十九年建成，为清朝统辖天山南北的军政中心。'

describe('the title, site name and description at the top', () => {
  it('skips blank lines above the title', () => {
    const tree = parse(`\n\n  \nKuldja garrison\n\n${LEAD}\n`)
    expect(tree.metadata).toEqual({ title: 'Kuldja garrison', language: 'en', description: null, siteName: null, categories: [] })
    expect(outlineOf(tree)).toEqual([`p ${LEAD}`])
  })

  it('takes the line the lead is about as the title, the line above as the site, and the short line below as a trimmed description', () => {
    const tree = parse(`Frontier Wiki\nKuldja garrison\nQing fortress town   \n\n${LEAD}\n`)
    expect(tree.metadata).toMatchObject({ title: 'Kuldja garrison', siteName: 'Frontier Wiki', description: 'Qing fortress town' })
    expect(outline(`Frontier Wiki\nKuldja garrison\nQing fortress town   \n\n${LEAD}\n`)).toEqual([`p ${LEAD}`])
  })

  it('reads a Chinese site line and title the same way', () => {
    const tree = parse(`边疆百科\n惠远城\n\n${ZH_LEAD}\n`, 'zh')
    expect(tree.metadata).toMatchObject({ title: '惠远城', siteName: '边疆百科', description: null })
  })

  it('joins the lead paragraphs with spaces, so a title named only at the start of the second still matches', () => {
    const tree = parse(`Frontier Wiki\nKhorgos\n\nThe river crossing was guarded day and night by a Qing picket of forty men on its eastern bank near\nKhorgos pickets watched the caravans that came over the pass from the Russian side every spring.\n`)
    expect(tree.metadata).toMatchObject({ title: 'Khorgos', siteName: 'Frontier Wiki' })
  })

  it('takes a line printed twice at the top as the title, whatever the lead names, and drops the copy', () => {
    const raw = `Kuldja affair\nThe Russian occupation of the valley\nKuldja affair\n\nThe Russian occupation of the valley lasted ten years and ended with the treaty signed in Saint Petersburg.\n`
    const tree = parse(raw)
    expect(tree.metadata).toMatchObject({ title: 'Kuldja affair', siteName: null, description: 'The Russian occupation of the valley' })
    expect(outlineOf(tree)).toEqual(['p The Russian occupation of the valley lasted ten years and ended with the treaty signed in Saint Petersburg.'])
  })

  it('takes the title printed again under a site header, and drops the site name repeated as a footer', () => {
    const raw = `Frontier Wiki  \nSiege of Kuldja\nSiege of Kuldja\n\nQing troops and Taranchi forces fought before the walls in the spring.\n\n  Frontier Wiki  \n`
    const tree = parse(raw)
    expect(tree.metadata).toMatchObject({ title: 'Siege of Kuldja', siteName: 'Frontier Wiki' })
    expect(outlineOf(tree)).toEqual(['p Qing troops and Taranchi forces fought before the walls in the spring.'])
  })

  it('takes a dated title under the site name', () => {
    const tree = parse(`Frontier Wiki\n1871-1881: Russian occupation of Ili\n\nThe Russian occupation of Ili began in 1871 and ended with the treaty of 1881, when the valley was returned.\n`)
    expect(tree.metadata).toMatchObject({ title: '1871-1881: Russian occupation of Ili', siteName: 'Frontier Wiki' })
  })

  it('does not take the site name for the title when a credit line far below names the site', () => {
    const raw = [
      'Frontier Wiki',
      'Khorgos',
      '',
      'Khorgos was a Qing picket on the eastern bank of the river, where the caravan road crossed into the valley.',
      'The Khorgos picket was manned by Solon soldiers sent from Kuldja, and relieved every spring.',
      'After 1881 Khorgos became the border crossing between the two empires, and a customs post was built.',
      'This page was written by the editors of Frontier Wiki and may be copied freely under the terms of its licence.',
    ].join('\n')
    expect(parse(raw).metadata).toMatchObject({ title: 'Khorgos', siteName: 'Frontier Wiki' })
  })

  it('does not let a table of contents under the title make one of its entries the title', () => {
    const raw = `Siege of Kuldja\nContents\nBackground\nThe siege\nAftermath\nBackground\n\nThe siege of Kuldja was fought in the spring between the Qing garrison and the Taranchi.\n`
    expect(parse(raw).metadata.title).toBe('Siege of Kuldja')
  })

  it('takes the last crumb of a breadcrumb trail printed again below, and the first crumb as the site', () => {
    const raw = `\n\nFrontier Wiki - Wars - Siege of Kuldja\n\nSiege of Kuldja  \n\n${LEAD}\n`
    const tree = parse(raw)
    expect(tree.metadata).toMatchObject({ title: 'Siege of Kuldja', siteName: 'Frontier Wiki', description: null })
    expect(outlineOf(tree)).toEqual([`p ${LEAD}`])
    const described = parse(`Frontier Wiki - Wars - Siege of Kuldja\nSiege of Kuldja\nEngagement of the Ili crisis\n\n${LEAD}\n`)
    expect(described.metadata).toMatchObject({ title: 'Siege of Kuldja', siteName: 'Frontier Wiki', description: 'Engagement of the Ili crisis' })
    expect(outlineOf(described)).toEqual([`p ${LEAD}`])
  })

  it('keeps a title with dashes whole when its last part is not printed again', () => {
    const raw = `Tarbagatai - Ili - Kashgar\n\nThe caravan road from Tarbagatai through Ili to Kashgar carried silver and tea for the garrisons.\n`
    expect(parse(raw).metadata).toMatchObject({ title: 'Tarbagatai - Ili - Kashgar', siteName: null })
  })
})

describe('blocks of the body', () => {
  it('keeps offsets into the raw text with Windows line endings, without the carriage return', () => {
    const raw = `Kuldja garrison\r\n\r\n${LEAD}\r\n\r\nThe garrison withdrew across the river to the north when the Russian troops came.\r\n`
    expect(spansOf(raw)).toEqual([LEAD, 'The garrison withdrew across the river to the north when the Russian troops came.'])
  })

  it('starts an indented paragraph at its first character', () => {
    const raw = `Kuldja garrison\n\n    ${LEAD}\n\n  The east gate of Kuldja east-gate.jpg\n`
    expect(spansOf(raw)).toEqual([LEAD, 'The east gate of Kuldja east-gate.jpg'])
    expect(outline(raw)).toEqual([`p ${LEAD}`, 'caption The east gate of Kuldja {east-gate.jpg}'])
  })

  it('tells headings from short sentences and lowercase lines, and leaves a short last line a paragraph', () => {
    const raw = `Kuldja garrison\n\n${LEAD}\n\nBackground\n\nThe town was founded as one of the nine forts of Ili.\n\nthe 2nd fort\n\nIts walls were of rammed earth.\n\n1866-1870: The sultanate held the towns.\n\nThe sultanate traded with merchants from Vernyi and Kashgar across the passes every year.\n\nSigned, the editors\n`
    expect(outline(raw)).toEqual([
      `p ${LEAD}`,
      'h2 Background',
      'p The town was founded as one of the nine forts of Ili.',
      'p the 2nd fort',
      'p Its walls were of rammed earth.',
      'h2 1866-1870: The sultanate held the towns.',
      'p The sultanate traded with merchants from Vernyi and Kashgar across the passes every year.',
      'p Signed, the editors',
    ])
    expect(outline(raw.trimEnd())).toEqual(outline(raw))
  })

  it('tells prose from a short line by its length and closing punctuation', () => {
    const sentence39 = 'The fort had a gate on each of its side.'
    expect(sentence39).toHaveLength(40)
    const heading99 = `A ${'very '.repeat(19)}long line`.slice(0, 99)
    const heading100 = `A ${'very '.repeat(19)}long lines`.slice(0, 100)
    expect(parse(`Kuldja garrison\n${sentence39.slice(1)}\n\n${LEAD}\n`).metadata.description).toBe(sentence39.slice(1))
    expect(parse(`Kuldja garrison\n${sentence39}\n\n${LEAD}\n`).metadata.description).toBeNull()
    expect(outline(`Kuldja garrison\n\n${LEAD}\n\n${heading99}\n\n${LEAD}\n\n${heading100}\n\n${LEAD}\n`)).toEqual([
      `p ${LEAD}`,
      `h2 ${heading99}`,
      `p ${LEAD}`,
      `p ${heading100}`,
      `p ${LEAD}`,
    ])
  })

  it('reads a quoted line as a quotation, but not a line that only opens a quote', () => {
    const raw = `Kuldja garrison\n\n${LEAD}\n\n“The valley is ours,” the envoy wrote to Saint Petersburg in the spring of 1871.\n\n"The valley is ours, the envoy wrote to the governor in a letter that was never sent.\n\n「伊犁乃我朝故土」，使臣如是说。\n`
    expect(outline(raw)).toEqual([
      `p ${LEAD}`,
      'q “The valley is ours,” the envoy wrote to Saint Petersburg in the spring of 1871.',
      'p "The valley is ours, the envoy wrote to the governor in a letter that was never sent.',
      'q 「伊犁乃我朝故土」，使臣如是说。',
    ])
  })

  it('reads bullet and numbered lines as lists, with their numbers and without their markers', () => {
    const raw = `Kuldja garrison\n\n${LEAD}\n\n  • Huiyuan\n  • Huining\n\n3. Suiding  \n4. Guangren\n5. Zhandeng\n`
    const tree = parse(raw)
    expect(outlineOf(tree)).toEqual([`p ${LEAD}`, 'ul - Huiyuan / - Huining', 'ol 3 Suiding / 4 Guangren / 5 Zhandeng'])
    const [, bullets, numbered] = blocksOf(tree)
    expect(raw.slice(bullets!.start, bullets!.end)).toBe('• Huiyuan\n  • Huining')
    expect(raw.slice(numbered!.start, numbered!.end)).toBe('3. Suiding  \n4. Guangren\n5. Zhandeng')
  })

  it('reads a pipe table with trimmed cells, and leaves a pipe inside a sentence as text', () => {
    const raw = `Kuldja garrison\n\n${LEAD}\n\n| Year | Garrison |\n|---|---|\n| 1762 |  3,000 |\n|1780|5,000\n\nKuldja|Vernyi was the road the merchants took in every month of the year between the two towns of Kuldja|Vernyi\n`
    const tree = parse(raw)
    expect(outlineOf(tree)).toEqual([
      `p ${LEAD}`,
      'table Year | Garrison / 1762 | 3,000 / 1780 | 5,000',
      'p Kuldja|Vernyi was the road the merchants took in every month of the year between the two towns of Kuldja|Vernyi',
    ])
    expect(raw.slice(blocksOf(tree)[1]!.start, blocksOf(tree)[1]!.end)).toBe('| Year | Garrison |\n|---|---|\n| 1762 |  3,000 |\n|1780|5,000')
  })

  it('reads an image caption with its file name, once when the mirror prints it again', () => {
    const raw = `Kuldja garrison\n\n${LEAD}\n\nThe east gate of Kuldja east-gate.jpg\n  \nThe east gate of Kuldja \n\nA plan of the fort huining-plan.png\nThe fort was rebuilt after the flood and its plan was redrawn by the engineers.\n\nThe west gate west-gate.jpg\n\n\nGate  sketch.jpg`
    const tree = parse(raw)
    expect(outlineOf(tree)).toEqual([
      `p ${LEAD}`,
      'caption The east gate of Kuldja {east-gate.jpg}',
      'caption A plan of the fort {huining-plan.png}',
      'p The fort was rebuilt after the flood and its plan was redrawn by the engineers.',
      'caption The west gate {west-gate.jpg}',
      'p Gate  sketch.jpg',
    ])
    expect(spansOf(raw)[1]).toBe('The east gate of Kuldja east-gate.jpg\n  \nThe east gate of Kuldja ')
  })

  it('drops the site lines mirrors print, indented or not', () => {
    const tree = parse(`Kuldja garrison\n  Last updated \n\n${LEAD}\n\nJump to navigation\n`)
    expect(tree.metadata.description).toBeNull()
    expect(outlineOf(tree)).toEqual([`p ${LEAD}`])
  })
})

describe('a flattened infobox', () => {
  it('reads labels and their values, bullets per side, up to the prose', () => {
    const raw = `Siege of Kuldja\n\nQing victory\n  Date  \n1871\n  Commanders and leaders\n  • Qing: 4,000 men [2]\n  • Solon: 800\nTaranchi: 1,500 men\nLocation\nIli valley\n\n${LEAD}\n`
    const tree = parse(raw)
    expect(outlineOf(tree)).toEqual([
      'infobox Result: Qing victory / Date: 1871 / Commanders and leaders: Qing: 4,000 men [2]\nSolon: 800 ‖ Taranchi: 1,500 men / Location: Ili valley',
      `p ${LEAD}`,
    ])
    expect(spansOf(raw)[0]).toBe('Qing victory\n  Date  \n1871\n  Commanders and leaders\n  • Qing: 4,000 men [2]\n  • Solon: 800\nTaranchi: 1,500 men\nLocation\nIli valley')
  })

  it('keeps a sentence under a value, and a label left without its value, in the infobox', () => {
    expect(outline(`Siege of Kuldja\n\nDate\n1871\nPeace signed at Livadia.  \nLocation\n\n${LEAD}\n`)).toEqual([
      'infobox Date: 1871\nPeace signed at Livadia. / Location: ',
      `p ${LEAD}`,
    ])
  })

  it('does not start an infobox at a title that reads like a label', () => {
    const tree = parse(`Casualties\n\nFour hundred men\n\n${LEAD}\n`)
    expect(tree.metadata.title).toBe('Casualties')
    expect(outlineOf(tree)).toEqual(['h2 Four hundred men', `p ${LEAD}`])
  })

  it('keeps each unlabelled line above the labels a row of its own, and the line under a result with the result', () => {
    expect(outline(`Siege of Kuldja\n\nPart of the Ili crisis\nQing victory\nTreaty of Livadia\nDate\n1871\n\n${LEAD}\n`)[0]).toBe(
      'infobox : Part of the Ili crisis / Result: Qing victory\nTreaty of Livadia / Date: 1871',
    )
  })

  it('ends at a heading, a caption, a dated heading or a numbered list, and never takes in the prose above it', () => {
    const before = `Siege of Kuldja\n\n${LEAD}\n\n`
    expect(outline(`${before}Date\n1871\n  Background\n\n${LEAD}\n`)).toEqual([`p ${LEAD}`, 'infobox Date: 1871', 'h2 Background', `p ${LEAD}`])
    expect(outline(`${before}Date\n1871\nThe walls of Kuldja walls.jpg\n${LEAD}\n`)).toEqual([`p ${LEAD}`, 'infobox Date: 1871', 'caption The walls of Kuldja {walls.jpg}', `p ${LEAD}`])
    expect(outline(`${before}Date\n1871\n1871-1881: Occupation\n${LEAD}\n`)).toEqual([`p ${LEAD}`, 'infobox Date: 1871', 'h2 1871-1881: Occupation', `p ${LEAD}`])
    expect(outline(`${before}Date\n1871\n1. First note\n2. Second note\n`)).toEqual([`p ${LEAD}`, 'infobox Date: 1871', 'ol 1 First note / 2 Second note'])
  })

  it('takes in a caption and a dated heading only when they come after it, never from above', () => {
    expect(outline(`Siege of Kuldja\n\nThe walls of Kuldja walls.jpg\nDate\n1871\n\n${LEAD}\n`)).toEqual(['caption The walls of Kuldja {walls.jpg}', 'infobox Date: 1871', `p ${LEAD}`])
    expect(outline(`Siege of Kuldja\n\n1866-1870: Sultanate\nDate\n1871\n\n${LEAD}\n`)).toEqual(['h2 1866-1870: Sultanate', 'infobox Date: 1871', `p ${LEAD}`])
  })

  it('ends at the last value line, and at the end of a document that ends with it', () => {
    const raw = `Siege of Kuldja\n\n${LEAD}\n\nDate\n1871\nLocation\nIli valley\n\n`
    expect(spansOf(raw)).toEqual([LEAD, 'Date\n1871\nLocation\nIli valley'])
  })

  it('reads a pipe-table infobox: a header and a long caption unlabelled, a label row followed by its values per side', () => {
    const raw = `Siege of Tarbagatai\n\n| Siege of Tarbagatai | | |\n|---|---|---|\n| The camp on the Emil river, drawn in 1760 | | |\n| Date | 1757 | |\n| Belligerents | | |\n| Qing | Dzungars | |\n| Garrison | 3,000 | 800 |\n| Commanders | | |\n| Zhao Hui | Amursana | |\n\n${LEAD}\n`
    expect(outline(raw)).toEqual([
      'infobox : Siege of Tarbagatai / : The camp on the Emil river, drawn in 1760 / Date: 1757 / Belligerents: Qing ‖ Dzungars / Garrison: 3,000 ‖ 800 / Commanders: Zhao Hui ‖ Amursana',
      `p ${LEAD}`,
    ])
  })

  it('reads a two-column infobox: a lone long cell is a caption, a shorter one a label, a row without a label a value', () => {
    const raw = `Siege of Tarbagatai\n\n| Date | 1757 |\n| The camp on the Emil river in 1760 | |\n| Exactly thirty characters long | |\n| | 1758 |\n\n${LEAD}\n`
    expect('Exactly thirty characters long').toHaveLength(30)
    expect(outline(raw)[0]).toBe('infobox Date: 1757 / : The camp on the Emil river in 1760 / Exactly thirty characters long:  / : 1758')
  })

  it('keeps a label row with no values after it, and skips an emptied header row', () => {
    const raw = `Siege of Tarbagatai\n\n| | | |\n|---|---|---|\n| Date | 1757 | |\n| Casualties | | |\n\n${LEAD}\n`
    expect(outline(raw)[0]).toBe('infobox Date: 1757 / Casualties: ')
  })

  it('reads label lines after a pipe table in the same infobox', () => {
    const raw = `Siege of Tarbagatai\n\n| Date | 1757 |\n| Location | Tarbagatai |\nResult\nQing victory\n\n${LEAD}\n`
    expect(outline(raw)[0]).toBe('infobox Date: 1757 / Location: Tarbagatai / Result: Qing victory')
  })

  it('leaves a table without infobox labels a table', () => {
    const raw = `Kuldja garrison\n\n${LEAD}\n\n| Year | Men |\n| 1762 | 3,000 |\n\n${LEAD}\n`
    expect(outline(raw)).toEqual([`p ${LEAD}`, 'table Year | Men / 1762 | 3,000', `p ${LEAD}`])
  })

  it('reads a Chinese infobox by its Chinese labels', () => {
    const raw = `塔城之战\n\n日期\n1757年\n指挥官\n  • 兆惠\n  • 明瑞\n阿睦尔撒纳\n结果\n清军胜利\n\n${ZH_LEAD}\n`
    expect(outlineOf(parse(raw, 'zh'))).toEqual([
      'infobox 日期: 1757年 / 指挥官: 兆惠\n明瑞 ‖ 阿睦尔撒纳 / 结果: 清军胜利',
      `p ${ZH_LEAD}`,
    ])
  })
})
