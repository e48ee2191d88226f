/** The draft-save status words in both admin languages; chosen by the admin's interface language. */
const DRAFT_SAVE_LABELS = {
  en: {
    saving: 'Saving…',
    savedAt: (time: string) => `Saved at ${time}`,
    unsaved: 'Unsaved changes',
    failed: (reason: string) => `Not saved (${reason}); trying again`,
  },
  zh: {
    saving: '正在保存…',
    savedAt: (time: string) => `已于 ${time} 保存`,
    unsaved: '有未保存的更改',
    failed: (reason: string) => `未能保存（${reason}），正在重试`,
  },
}

export const draftSaveLabels = (language: string) => (language.startsWith('zh') ? DRAFT_SAVE_LABELS.zh : DRAFT_SAVE_LABELS.en)
