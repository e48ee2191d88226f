import type { CollectionConfig } from 'payload'

import { allow, anyone, fieldAllow } from '@/access/roles'
import { revalidatingHooks } from '@/server/revalidate'
import { label, LOCALIZED_DATE, options } from '@/fields/i18n'
import { NAME_LANGUAGES } from '@/fields/names'
import { urlField } from '@/fields/url'
import { checkIsbn } from '@/lib/cite/isbn'
import { parsePartialDate } from '@/lib/dates'
import { importWorksEndpoint, previewWorksEndpoint, workRecordEndpoint } from './endpoints/exchange'
import { mergeWorksEndpoint } from './endpoints/merge'
import { shortCitesEndpoint } from './endpoints/shortCites'
import { computeDedupKey } from './hooks/computeDedupKey'
import { keepWorkSearchText, normalizeWorkSearch } from './hooks/workSearch'

const normalizeIsbn = (value: unknown) => {
  if (typeof value !== 'string' || !value) return value
  const check = checkIsbn(value)
  return check.ok ? check.hyphenated : value
}

/** The CSL item types the platform's works fall into. */
export const CSL_TYPES = options({
  book: ['Book', '图书'],
  chapter: ['Book chapter', '图书章节'],
  'article-journal': ['Journal article', '期刊论文'],
  'entry-encyclopedia': ['Encyclopedia entry', '百科条目'],
  webpage: ['Web page', '网页'],
  thesis: ['Thesis', '学位论文'],
  report: ['Report', '报告'],
  manuscript: ['Manuscript', '手稿'],
  map: ['Map', '地图'],
  'article-newspaper': ['Newspaper article', '报纸文章'],
})

/** A bibliographic work, shaped as a CSL item so a real CSL processor can format it. */
export const Citations: CollectionConfig = {
  slug: 'citations',
  labels: { singular: label('Work cited', '文献'), plural: label('Works cited', '文献') },
  admin: {
    useAsTitle: 'displayTitle',
    // The list's search box and the citation drawer's work picker find works by author, title, ISBN or year (hooks/workSearch).
    listSearchableFields: ['searchText'],
    defaultColumns: ['displayTitle', 'type', 'issued', 'isbn', 'verifiedAt'],
    components: { beforeListTable: ['/collections/citations/components/ImportWorks#ImportWorks'], edit: { beforeDocumentControls: ['/collections/citations/components/MergeWork#MergeWork'] } },
  },
  access: { read: anyone, create: allow('historian'), update: allow('historian'), delete: allow('editor') },
  hooks: { beforeOperation: [normalizeWorkSearch], beforeChange: [computeDedupKey, keepWorkSearchText], ...revalidatingHooks },
  endpoints: [previewWorksEndpoint, importWorksEndpoint, workRecordEndpoint, mergeWorksEndpoint, shortCitesEndpoint],
  fields: [
    { name: 'type', type: 'select', required: true, defaultValue: 'book', options: CSL_TYPES, label: label('Type', '类型') },
    {
      name: 'authors',
      type: 'array',
      label: label('Authors', '作者'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'family', type: 'text', label: label('Family name', '姓'), admin: { width: '25%' } },
            { name: 'given', type: 'text', label: label('Given name', '名'), admin: { width: '25%' } },
            { name: 'literal', type: 'text', label: label('Name as written (original script)', '原文姓名'), admin: { width: '25%' } },
            { name: 'romanized', type: 'text', label: label('Romanization', '罗马字转写'), admin: { width: '25%' } },
          ],
        },
        {
          name: 'role',
          type: 'select',
          defaultValue: 'author',
          label: label('Role', '角色'),
          options: options({ author: ['Author', '著者'], editor: ['Editor', '编者'], translator: ['Translator', '译者'] }),
        },
      ],
    },
    {
      name: 'title',
      type: 'group',
      label: label('Title', '标题'),
      fields: [
        { name: 'original', type: 'text', required: true, label: label('Original', '原题') },
        { name: 'romanized', type: 'text', label: label('Romanized', '转写') },
        { name: 'translated', type: 'text', label: label('Translated', '译题') },
      ],
    },
    { name: 'displayTitle', type: 'text', admin: { hidden: true }, hooks: { beforeChange: [({ siblingData }) => siblingData?.title?.original] } },
    { name: 'containerTitle', type: 'text', label: label('Container (journal, book, site)', '所载（期刊、书、网站）') },
    {
      type: 'row',
      fields: [
        { name: 'publisher', type: 'text', label: label('Publisher', '出版者'), admin: { width: '40%' } },
        { name: 'publisherPlace', type: 'text', label: label('Place', '出版地'), admin: { width: '30%' } },
        {
          name: 'issued',
          type: 'text',
          label: label('Date (YYYY[-MM[-DD]])', '出版日期'),
          admin: { width: '30%' },
          validate: (value: null | string | undefined) => (!value || parsePartialDate(value) ? true : 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'volume', type: 'text', label: label('Volume', '卷'), admin: { width: '20%' } },
        { name: 'issue', type: 'text', label: label('Issue', '期'), admin: { width: '20%' } },
        { name: 'pages', type: 'text', label: label('Pages', '页码'), admin: { width: '20%' } },
        { name: 'edition', type: 'text', label: label('Edition', '版次'), admin: { width: '20%' } },
        { name: 'language', type: 'select', options: NAME_LANGUAGES, label: label('Language', '语言'), admin: { width: '20%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'isbn',
          type: 'text',
          label: label('ISBN', 'ISBN'),
          admin: { width: '33%' },
          validate: (value: null | string | undefined) => {
            if (!value) return true
            const check = checkIsbn(value)
            return check.ok ? true : check.reason
          },
          hooks: { beforeChange: [({ value }) => normalizeIsbn(value)] },
        },
        {
          name: 'doi',
          type: 'text',
          label: label('DOI', 'DOI'),
          admin: { width: '33%' },
          validate: (value: null | string | undefined) => (!value || /^10\.\d{4,9}\/\S+$/.test(value) ? true : 'A DOI looks like 10.1234/abc.'),
        },
        urlField({ name: 'url', label: label('URL', '网址'), admin: { width: '34%' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        urlField({ name: 'archiveUrl', label: label('Archived copy URL', '存档网址'), admin: { width: '50%' } }),
        { name: 'accessed', type: 'date', label: label('Accessed', '访问日期'), admin: { width: '50%', date: { displayFormat: LOCALIZED_DATE } } },
      ],
    },
    { name: 'note', type: 'textarea', label: label('Note', '备注') },
    {
      type: 'row',
      fields: [
        { name: 'verifiedBy', type: 'relationship', relationTo: 'users', label: label('Verified by', '核实者'), admin: { width: '50%' } },
        { name: 'verifiedAt', type: 'date', label: label('Verified at', '核实日期'), admin: { width: '50%', date: { displayFormat: LOCALIZED_DATE } } },
      ],
    },
    // Set by a merge (server/bibliography/mergeWorks): the work this one was merged into, which lookups follow.
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'citations',
      label: label('Merged into', '已合并至'),
      access: { create: () => false, update: fieldAllow('editor') },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.mergedInto) },
    },
    {
      name: 'searchText',
      type: 'text',
      index: true,
      label: label('Author, title, ISBN or year', '作者、标题、ISBN 或年份'),
      admin: { hidden: true },
    },
    { name: 'dedupKey', type: 'text', index: true, label: label('Deduplication key', '去重键'), admin: { readOnly: true, position: 'sidebar' } },
  ],
}
