/** The article editor's own annotation words (the shared ones are in labels.ts), in both admin languages. */
const LABELS = {
  en: {
    annotate: 'Annotate',
    outsideBody: 'Select text inside the article body only: the selection runs past its end.',
    unsavedHint: 'The article has unsaved changes: save the draft, then annotate (annotations anchor in the saved text).',
    saveFirst: 'Save the article once to annotate it.',
    noteHeading: 'Annotation',
  },
  zh: {
    annotate: '批注',
    outsideBody: '只能选中正文中的文字：所选内容超出了正文末尾。',
    unsavedHint: '文章有未保存的修改：请先保存草稿再批注（批注定位于已保存的文本）。',
    saveFirst: '文章保存一次后即可批注。',
    noteHeading: '批注',
  },
}

export type ArticleAnnotationLabels = (typeof LABELS)['en']
export const articleAnnotationLabels = (language: string): ArticleAnnotationLabels => (language === 'zh' ? LABELS.zh : LABELS.en)
