/** The edit screen's words about machine translation, in both admin languages; chosen by the admin's interface language. */
const LABELS = {
  en: {
    bannerTitle: 'Drafted from a machine translation',
    source: 'Source',
    notice: 'This text is a machine translation and has not yet been reconciled by an editor against its original. Dates, numbers and names may be wrong.',
    progress: (decided: number, total: number) => `Reconciliation: ${decided} of ${total} findings decided`,
    progressUnknown: 'Reconciliation progress is not available.',
    blocked: 'Publishing is blocked until this is resolved, or an editor gives a reason under “Publish override”:',
    unmodifiedTitle: 'Unmodified machine translation',
    unmodifiedOverall: (percent: number, limit: number) => `${percent} % of this text is unchanged (publishing limit ${limit} %)`,
    paragraph: (index: number) => `¶ ${index + 1}`,
    otherLocale: (language: string) => `The machine translation is in ${language}; this locale is measured against it.`,
    loading: 'Measuring…',
    unsaved: 'Save the article to measure it.',
    languages: { en: 'English', zh: 'Chinese' } as Record<string, string>,
  },
  zh: {
    bannerTitle: '本条目草稿源自机器翻译',
    source: '来源文献',
    notice: '本文为机器翻译，尚未经编辑与原文核对。日期、数字和名称可能有误。',
    progress: (decided: number, total: number) => `核对进度：已处理 ${decided} / ${total} 项`,
    progressUnknown: '暂无核对进度。',
    blocked: '以下问题解决之前无法发布，除非编辑在“发布豁免”中写明理由：',
    unmodifiedTitle: '未修改的机器翻译',
    unmodifiedOverall: (percent: number, limit: number) => `本文有 ${percent}% 未经修改（发布上限 ${limit}%）`,
    paragraph: (index: number) => `第 ${index + 1} 段`,
    otherLocale: (language: string) => `机器翻译为${language}；此语言版本与之对比。`,
    loading: '正在计算…',
    unsaved: '保存条目后即可计算。',
    languages: { en: '英文', zh: '中文' } as Record<string, string>,
  },
}

export type MachineTranslationLabels = (typeof LABELS)['en']
export const machineTranslationLabels = (language: string): MachineTranslationLabels => (language === 'zh' ? LABELS.zh : LABELS.en)
