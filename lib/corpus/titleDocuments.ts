/**
 * Test documents of one invented site, "Steppe Chronicle Online" / 草原纪事网:
 * two different English articles and two different Chinese ones, each opening
 * with the site's name as its first line, as text copied from a site prints
 * it. Shared by the parser's unit tests and the import's integration tests.
 */

export const SITE_ARTICLES = {
  englishCampaign: {
    fileName: 'steppe-campaign.txt',
    title: 'The Dzungar campaign of 1755',
    text: `Steppe Chronicle Online
The Dzungar campaign of 1755
The Dzungar campaign of 1755 was the first of the Qing expeditions that ended the Dzungar Khanate, marching two armies from Barkol and Uliastai towards the Ili valley.

The armies met little resistance. Amursana rode with the northern army and expected to be made khan of all four Oirat tribes.

Steppe Chronicle Online
`,
  },
  englishHordes: {
    fileName: 'steppe-hordes.txt',
    title: 'Ablai Khan and the Middle Horde',
    text: `Steppe Chronicle Online
Ablai Khan and the Middle Horde
Ablai Khan led the Middle Horde of the Kazakhs between Qing and Russian claims for forty years, sending envoys to Beijing and to Orenburg alike.

He accepted the titles both courts offered and yielded to neither of them, while his horsemen raided the Dzungar pastures in the east.

Steppe Chronicle Online
`,
  },
  chineseCampaign: {
    fileName: 'caoyuan-zhengzhan.txt',
    title: '乾隆平定准噶尔之战',
    text: `草原纪事网
乾隆平定准噶尔之战
乾隆平定准噶尔之战是清朝在乾隆二十年（1755年）发动的西征，清军分两路自巴里坤与乌里雅苏台出发，进军伊犁。

两路大军几乎未遇抵抗，阿睦尔撒纳随北路军出征，期望成为四卫拉特的大汗。

草原纪事网
`,
  },
  chineseKhan: {
    fileName: 'caoyuan-ablai.txt',
    title: '阿布赉汗与哈萨克中玉兹',
    text: `草原纪事网
阿布赉汗与哈萨克中玉兹
阿布赉汗统领哈萨克中玉兹四十年，周旋于清朝与俄国之间，既遣使北京，也遣使奥伦堡。

他接受两国所授的封号，却不臣服于任何一方，其骑兵不时袭扰准噶尔东部的牧场。

草原纪事网
`,
  },
} as const

export const encodeText = (text: string) => new TextEncoder().encode(text)
