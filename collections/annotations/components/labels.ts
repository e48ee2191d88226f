/** The annotation screens' words in both admin languages, chosen by the admin's interface language. */
const LABELS = {
  en: {
    heading: 'Annotations',
    hint: 'Select a passage of the text to annotate it.',
    kinds: { commenting: 'Comment', correcting: 'Correction', questioning: 'Question', 'flagging-mt-error': 'Machine-translation error', linking: 'Link', tagging: 'Tag' },
    statuses: { open: 'Open', resolved: 'Resolved', rejected: 'Rejected' },
    kind: 'Kind',
    note: 'Note',
    replacement: 'Suggested replacement',
    save: 'Save annotation',
    saving: 'Saving…',
    cancel: 'Cancel',
    allKinds: 'All kinds',
    allStatuses: 'All statuses',
    orphaned: 'Text no longer found',
    fuzzy: 'Found approximately',
    none: 'No annotations match.',
    failed: 'Not saved',
    loadFailed: 'The annotations could not be loaded',
    open: 'Open',
  },
  zh: {
    heading: '批注',
    hint: '选中文本中的一段即可批注。',
    kinds: { commenting: '评论', correcting: '更正', questioning: '疑问', 'flagging-mt-error': '机器翻译错误', linking: '链接', tagging: '标签' },
    statuses: { open: '待处理', resolved: '已解决', rejected: '已驳回' },
    kind: '类型',
    note: '内容',
    replacement: '建议替换',
    save: '保存批注',
    saving: '正在保存…',
    cancel: '取消',
    allKinds: '全部类型',
    allStatuses: '全部状态',
    orphaned: '原文已不存在',
    fuzzy: '近似定位',
    none: '没有符合条件的批注。',
    failed: '未保存',
    loadFailed: '无法加载批注',
    open: '打开',
  },
}

export type AnnotationLabels = (typeof LABELS)['en']
export type Kind = keyof AnnotationLabels['kinds']
export type Status = keyof AnnotationLabels['statuses']
export const KINDS = Object.keys(LABELS.en.kinds) as Kind[]
export const STATUSES = Object.keys(LABELS.en.statuses) as Status[]

export const annotationLabels = (language: string): AnnotationLabels => (language === 'zh' ? LABELS.zh : LABELS.en)
