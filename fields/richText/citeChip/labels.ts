/** The citation chip's words in both admin languages; chosen by the admin's interface language. */
const CITE_CHIP_LABELS = {
  en: { loading: 'Citation…', noWork: 'Citation: no work chosen', missing: 'Citation: the work no longer exists', failed: 'Citation (the work could not be loaded)' },
  zh: { loading: '引用…', noWork: '引用：未选择文献', missing: '引用：该文献已不存在', failed: '引用（无法载入文献）' },
}

export type CiteChipLabels = (typeof CITE_CHIP_LABELS)['en']

export const citeChipLabels = (language: string): CiteChipLabels => (language === 'zh' ? CITE_CHIP_LABELS.zh : CITE_CHIP_LABELS.en)
