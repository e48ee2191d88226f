/** The works-cited import and export controls' words in both admin languages. */
const EXCHANGE_LABELS = {
  en: {
    open: 'Import BibTeX, RIS or CSL-JSON',
    intro: 'Paste the references or choose a file. Preview shows what will be created and which works are already recorded; Import then writes all of it or, on any error, nothing.',
    text: 'References',
    file: 'or a file',
    preview: 'Preview',
    import: 'Import',
    working: 'Working…',
    create: 'New work',
    match: (title: string) => `Already recorded: ${title}`,
    repeat: (index: number) => `Same work as entry ${index + 1}`,
    done: (created: number, matched: number) => `${created} created, ${matched} already recorded.`,
    failed: 'Refused',
    exportWorks: 'Export works cited',
  },
  zh: {
    open: '导入 BibTeX、RIS 或 CSL-JSON',
    intro: '粘贴参考文献或选择文件。“预览”显示将新建的文献和已有的文献；“导入”全部写入，出错则一项也不写入。',
    text: '参考文献',
    file: '或选择文件',
    preview: '预览',
    import: '导入',
    working: '处理中…',
    create: '新文献',
    match: (title: string) => `已有：${title}`,
    repeat: (index: number) => `与第 ${index + 1} 条相同`,
    done: (created: number, matched: number) => `新建 ${created} 条，已有 ${matched} 条。`,
    failed: '被拒绝',
    exportWorks: '导出引用文献',
  },
}

export const exchangeLabels = (language: string) => (language === 'zh' ? EXCHANGE_LABELS.zh : EXCHANGE_LABELS.en)
