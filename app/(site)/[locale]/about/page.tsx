import type { Locale } from '@/lib/i18n/locales'
import { navPageMetadata, routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'

const ABOUT: Record<Locale, { heading: string; paragraphs: string[]; citationNeeded: { heading: string; text: string } }> = {
  en: {
    heading: 'About Frontier Annals',
    paragraphs: [
      "Frontier Annals is an encyclopedia of the Qing empire's northern and western frontiers — with Russia, the Kazakh khanates and the Dzungar state — from the seventeenth to the nineteenth century.",
      'Much of what it starts from is translated material. Editors reconcile each translation against its original and other sources, mark what is doubtful, and publish; historians attach citations to verified works. Every article lists the documents it draws on; text machine-translated from Chinese is labelled as such until an editor has reconciled it.',
      'Articles derived from Wikipedia keep its licence (CC BY-SA) and name their source article.',
      'Citations are formatted in Chicago notes-bibliography style by citeproc-js with the style and locale files of the Citation Style Language project (citationstyles.org, CC BY-SA 3.0).',
    ],
    citationNeeded: {
      heading: '“Citation needed”',
      text: 'A claim marked “citation needed” has no source yet. Historians working on the encyclopedia look for one; until then, treat the claim with caution.',
    },
  },
  zh: {
    heading: '关于边疆史志',
    paragraphs: [
      '边疆史志是一部关于十七至十九世纪清朝北部与西部边疆——与俄国、哈萨克诸汗国及准噶尔——历史的百科全书。',
      '本站许多内容源自译文。编辑将译文与原文及其他来源逐一核对，标注存疑之处后发布；历史学者为条目附上经核实的文献引用。每个条目都列出所依据的文献；由中文机器翻译而来的文本在编辑核对之前都会注明。',
      '源自维基百科的条目沿用其许可（CC BY-SA），并注明原条目。',
      '文献引用由 citeproc-js 按芝加哥格式排版，所用样式与语言文件来自 Citation Style Language 项目（citationstyles.org，CC BY-SA 3.0）。',
    ],
    citationNeeded: {
      heading: '“需要引用”',
      text: '标有“需要引用”的陈述尚无来源。参与编写的历史学者正在查找；在此之前，请审慎看待该陈述。',
    },
  },
}

export const generateMetadata = navPageMetadata('about', '/about')

export default async function AboutPage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const about = ABOUT[locale]
  return (
    <main>
      <h1>{about.heading}</h1>
      {about.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h2 id="citation-needed">{about.citationNeeded.heading}</h2>
      <p>{about.citationNeeded.text}</p>
    </main>
  )
}
