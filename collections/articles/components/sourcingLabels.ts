import type { NeedKind } from '@/lib/sourcing/queue'

/** The sourcing queue's words in both admin languages; chosen by the admin's interface language. */
const SOURCING_LABELS = {
  en: {
    title: 'Needs a source',
    intro: 'Every passage of the current drafts that no citation supports, every “citation needed” marker, every citation with no work behind it and every empty note the import found. A passage leaves the list as soon as its draft cites a work.',
    notAllowed: 'Only historians, editors and admins see the sourcing queue.',
    article: 'Article',
    anyArticle: 'All articles',
    locale: 'Language',
    anyLocale: 'Both languages',
    kind: 'Kind',
    anyKind: 'All kinds',
    filter: 'Show',
    passage: 'Passage',
    where: 'Where',
    waited: 'Waiting',
    none: 'Nothing needs a source here.',
    count: (rows: number) => `${rows} ${rows === 1 ? 'passage' : 'passages'}`,
    source: (title: string) => `Source: ${title}`,
    kinds: { 'uncited-paragraph': 'Paragraph without citation', 'citation-needed': 'Citation needed', 'dangling-citation': 'Citation with no work', 'empty-note': 'Empty note' } satisfies Record<NeedKind, string>,
    locales: { en: 'English', zh: 'Chinese' } as Record<string, string>,
  },
  zh: {
    title: '待补出处',
    intro: '当前草稿中没有引用支持的段落、每个“需要引用”标记、没有文献的引用，以及导入时发现的空注释。草稿一引用文献，该段即从列表中消失。',
    notAllowed: '只有历史学者、编辑和管理员可以查看待补出处列表。',
    article: '条目',
    anyArticle: '全部条目',
    locale: '语言',
    anyLocale: '两种语言',
    kind: '类型',
    anyKind: '全部类型',
    filter: '显示',
    passage: '段落',
    where: '位置',
    waited: '已等待',
    none: '这里没有待补出处的内容。',
    count: (rows: number) => `${rows} 段`,
    source: (title: string) => `来源文献：${title}`,
    kinds: { 'uncited-paragraph': '段落无引用', 'citation-needed': '需要引用', 'dangling-citation': '引用无文献', 'empty-note': '空注释' } satisfies Record<NeedKind, string>,
    locales: { en: '英文', zh: '中文' } as Record<string, string>,
  },
}

export type SourcingLabels = (typeof SOURCING_LABELS)['en']

export const sourcingLabels = (language: string): SourcingLabels => (language === 'zh' ? SOURCING_LABELS.zh : SOURCING_LABELS.en)
