import type { Field, TextField, Validate } from 'payload'

import { fieldAllow } from '@/access/roles'
import { label, LOCALIZED_DATE, LOCALIZED_DATE_TIME, options } from '@/fields/i18n'
import { NAME_LANGUAGES } from '@/fields/names'
import { urlField } from '@/fields/url'
import { checkIsbn } from '@/lib/cite/isbn'
import { missingFields, requiredFor, typeHasField, type RequiredField, type TypedField } from '@/lib/cite/workTypes'
import { parsePartialDate } from '@/lib/dates'

/** The CSL item types the platform's works fall into. */
export const CSL_TYPES = options({
  book: ['Book', '图书'],
  chapter: ['Book chapter', '图书章节'],
  'article-journal': ['Journal article', '期刊论文'],
  thesis: ['Thesis', '学位论文'],
  manuscript: ['Manuscript or archival document', '手稿或档案文献'],
  map: ['Map', '地图'],
  webpage: ['Web page', '网页'],
  dataset: ['Dataset', '数据集'],
  'entry-encyclopedia': ['Encyclopedia entry', '百科条目'],
  report: ['Report', '报告'],
  'article-newspaper': ['Newspaper article', '报纸文章'],
})

const FIELD_NAMES: Record<RequiredField | 'doi', readonly [en: string, zh: string]> = {
  containerTitle: ['the journal, book or site it appears in', '所载期刊、图书或网站'],
  publisher: ['the publisher or institution', '出版者或授予机构'],
  archive: ['the repository (archive or library) holding it', '收藏机构（档案馆或图书馆）'],
  url: ['a URL', '网址'],
  doi: ['a DOI', 'DOI'],
  archiveLocation: ['the call number', '档号'],
  edition: ['the edition', '版次'],
  genre: ['the kind of document', '文献类别'],
  isbn: ['the ISBN', 'ISBN'],
  issue: ['the issue', '期'],
  pages: ['the pages', '页码'],
  publisherPlace: ['the place', '出版地'],
  scale: ['the scale', '比例尺'],
  volume: ['the volume', '卷'],
}

/**
 * Set in a write's `context` by the document importer: a work read from a reference keeps what the
 * reference gave even when its type would want more (a chapter cited without its book), since the
 * source keeps the reference as written and its flags say what is missing. People's saves get the rules.
 */
export const AS_REFERENCED = 'citationAsReferenced'

const asReferenced = (req: null | undefined | { context?: Record<string, unknown> }) => req?.context?.[AS_REFERENCED] === true

const typeOf = (data: unknown) => (data as null | { type?: unknown } | undefined)?.type

/** "A chapter needs the journal, book or site it appears in." in the admin's language. */
function requiredMessage(type: unknown, fields: (RequiredField | 'doi')[], language: string | undefined): string {
  const typeLabel = CSL_TYPES.find((option) => option.value === type)?.label
  if (language === 'zh') return `${typeLabel?.zh ?? String(type)}须填写${fields.map((field) => FIELD_NAMES[field][1]).join('或')}。`
  return `A ${(typeLabel?.en ?? String(type)).toLowerCase()} needs ${fields.map((field) => FIELD_NAMES[field][0]).join(' or ')}.`
}

type TextValidate = Validate<null | string | undefined>

/** A text field shown for the types lib/cite/workTypes gives it, and required where it says so. */
function typedText(name: TypedField, fieldLabel: ReturnType<typeof label>, width: string, extra: Pick<TextField, 'hooks'> & { validate?: TextValidate } = {}): TextField {
  const validate: TextValidate = (value, args) =>
    requiredFor(typeOf(args.data), name as RequiredField) && !value?.trim() && !asReferenced(args.req) ? requiredMessage(typeOf(args.data), [name as RequiredField], args.req?.i18n?.language) : (extra.validate?.(value, args) ?? true)
  return { name, type: 'text', label: fieldLabel, admin: { width, condition: (data) => typeHasField(typeOf(data), name) }, hooks: extra.hooks, validate } as TextField
}

const normalizeIsbn = (value: unknown) => {
  if (typeof value !== 'string' || !value) return value
  const check = checkIsbn(value)
  return check.ok ? check.hyphenated : value
}

const url = urlField({ name: 'url', label: label('URL', '网址'), admin: { width: '34%' } })
const checkUrl = url.validate as TextValidate

/** A person named in a work: family and given name, the name as written in its own script, and its romanization. */
const PEOPLE: Field = {
  name: 'authors',
  type: 'array',
  label: label('Authors and editors', '作者与编者'),
  labels: { singular: label('Person', '人'), plural: label('People', '人') },
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
}

/** A historian's check of the work itself. Who and when are set by the server (hooks/stampVerifications), never typed. */
const VERIFICATIONS: Field = {
  name: 'verifications',
  type: 'array',
  label: label('Verified against the work itself', '已核对原书'),
  labels: { singular: label('Verification', '核对记录'), plural: label('Verifications', '核对记录') },
  admin: {
    description: label(
      'Add a row when you have checked this work itself: which edition and which pages. Your name and the date are recorded on save.',
      '核对原书后新增一行：所据版本与页码。保存时记录您的姓名与日期。',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'edition', type: 'text', label: label('Edition checked (e.g. 1998)', '所据版本（如 1998）'), admin: { width: '30%' } },
        { name: 'pages', type: 'text', label: label('Pages checked (e.g. 12–40)', '核对页码（如 12–40）'), admin: { width: '30%' } },
        // Staff only: readers see that a historian checked, not which account.
        { name: 'by', type: 'relationship', relationTo: 'users', label: label('Verified by', '核实者'), access: { read: fieldAllow('historian') }, admin: { width: '20%', readOnly: true } },
        { name: 'at', type: 'date', label: label('Verified at', '核实日期'), admin: { width: '20%', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: LOCALIZED_DATE_TIME } } },
      ],
    },
  ],
}

export const CITATION_FIELDS: Field[] = [
  { name: 'type', type: 'select', required: true, defaultValue: 'book', options: CSL_TYPES, label: label('Type', '类型') },
  PEOPLE,
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
  {
    type: 'row',
    fields: [
      typedText('containerTitle', label('Container (journal, book, site)', '所载（期刊、书、网站）'), '60%'),
      typedText('genre', label('Kind (PhD diss., memorial, sketch map…)', '类别（博士论文、奏折、草图…）'), '40%'),
    ],
  },
  {
    type: 'row',
    fields: [
      typedText('publisher', label('Publisher or institution', '出版者或机构'), '40%'),
      typedText('publisherPlace', label('Place', '出版地'), '30%'),
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
      typedText('archive', label('Repository (archive, library)', '收藏机构（档案馆、图书馆）'), '50%'),
      typedText('archiveLocation', label('Call number', '档号'), '30%'),
      typedText('scale', label('Scale', '比例尺'), '20%'),
    ],
  },
  {
    type: 'row',
    fields: [
      typedText('volume', label('Volume', '卷'), '20%'),
      typedText('issue', label('Issue', '期'), '20%'),
      typedText('pages', label('Pages', '页码'), '20%'),
      typedText('edition', label('Edition', '版次'), '20%'),
      { name: 'language', type: 'select', options: NAME_LANGUAGES, label: label('Language', '语言'), admin: { width: '20%' } },
    ],
  },
  {
    type: 'row',
    fields: [
      typedText('isbn', label('ISBN', 'ISBN'), '33%', {
        // Refused with the reason (length, check digit, range): a wrong ISBN would file the work under another book.
        validate: (value) => {
          if (!value) return true
          const check = checkIsbn(value)
          return check.ok ? true : check.reason
        },
        hooks: { beforeChange: [({ value }) => normalizeIsbn(value)] },
      }),
      typedText('doi', label('DOI', 'DOI'), '33%', { validate: (value) => (!value || /^10\.\d{4,9}\/\S+$/.test(value) ? true : 'A DOI looks like 10.1234/abc.') }),
      {
        ...url,
        validate: ((value, args) => {
          const missing = missingFields({ ...(args.data as Record<string, never>), url: value })
          if (missing.includes('url') && !asReferenced(args.req)) return requiredMessage(typeOf(args.data), missing.includes('doi') ? ['url', 'doi'] : ['url'], args.req?.i18n?.language)
          return checkUrl(value, args)
        }) as TextValidate,
      } as TextField,
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
  VERIFICATIONS,
  // Set by a merge (server/bibliography/mergeWorks): the work this one was merged into, which lookups follow.
  {
    name: 'mergedInto',
    type: 'relationship',
    relationTo: 'citations',
    label: label('Merged into', '已合并至'),
    access: { create: () => false, update: fieldAllow('editor') },
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.mergedInto) },
  },
  // Set by the importer when it created this work beside one that looks like the same work under another key; an editor merges or clears it.
  {
    name: 'possibleDuplicates',
    type: 'relationship',
    relationTo: 'citations',
    hasMany: true,
    label: label('Possible duplicates', '可能重复'),
    access: { update: fieldAllow('editor') },
    admin: { position: 'sidebar', condition: (data) => Boolean(data?.possibleDuplicates?.length) },
  },
  {
    name: 'searchText',
    type: 'text',
    index: true,
    label: label('Author, title, ISBN or year', '作者、标题、ISBN 或年份'),
    admin: { hidden: true },
  },
  { name: 'dedupKey', type: 'text', index: true, label: label('Deduplication key', '去重键'), admin: { readOnly: true, position: 'sidebar' } },
]
