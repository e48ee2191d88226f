import type { CollectionConfig } from 'payload'

import { allow } from '@/access/roles'
import { reconcileEditViews } from '@/components/reconcile/config'
import { revalidatingHooks } from '@/server/revalidate'
import { label, LOCALIZED_DATE } from '@/fields/i18n'
import { NAME_LANGUAGES } from '@/fields/names'
import { urlField } from '@/fields/url'
import { decisionsEndpoint, findingsEndpoint } from './endpoints/findings'
import { analyseDocumentEndpoint, importDocumentEndpoint } from './endpoints/importDocument'
import { keepFlagsComputed } from './hooks/computedFlags'
import { keepRawTextImmutable } from './hooks/keepRawTextImmutable'
import { FINDING_FLAG_KIND } from '@/lib/reconcile/flags'
import { reanchorSourceAnnotations } from './hooks/reanchorAnnotations'
import { publicOrStaff } from './access/publicOrStaff'
import { segmentsField } from './segments'
import { PARSE_LIMITS } from '@/lib/corpus/parse/limits'

export const SOURCE_KINDS = [
  { label: label('Encyclopedia', '百科全书'), value: 'encyclopedia' },
  { label: label('Wiki', '维基'), value: 'wiki' },
  { label: label('Machine translation', '机器翻译'), value: 'machine-translation' },
  { label: label('Primary source', '原始文献'), value: 'primary' },
  { label: label('Secondary source', '研究文献'), value: 'secondary' },
]

export const FLAG_KINDS = [
  { label: label('Marker with no note', '标记无注释'), value: 'dangling-marker' },
  { label: label('Empty note', '空注释'), value: 'empty-note' },
  { label: label('Note never cited', '注释未被引用'), value: 'uncited-note' },
  { label: label('Citation needed', '需要引用'), value: 'citation-needed' },
  { label: label('Paragraph without citation', '段落无引用'), value: 'unsourced-paragraph' },
  { label: label('Date disagreement', '日期不一致'), value: 'date-mismatch' },
  { label: label('Suspect machine translation', '可疑的机器翻译'), value: 'mt-suspect' },
  { label: label('Translation check (high severity)', '翻译检查（高严重度）'), value: FINDING_FLAG_KIND },
  { label: label('ISBN or DOI written wrong', 'ISBN 或 DOI 有误'), value: 'bad-identifier' },
  { label: label('Short note with no full reference', '简注无完整出处'), value: 'short-note-unresolved' },
]

/** A document as it came in: untouched text, its stable segments and what the import found doubtful. */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: { singular: label('Source', '来源文献'), plural: label('Sources', '来源文献') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'language', 'kind', 'openFlagCount', 'public', 'updatedAt'],
    components: { beforeListTable: ['/collections/sources/components/ImportLinks#ImportListButton'], views: { edit: reconcileEditViews } },
  },
  access: { read: publicOrStaff, create: allow('editor'), update: allow('editor'), delete: allow('admin') },
  versions: { maxPerDoc: 50 },
  hooks: { beforeChange: [keepRawTextImmutable, keepFlagsComputed], ...revalidatingHooks, afterChange: [...revalidatingHooks.afterChange, reanchorSourceAnnotations] },
  endpoints: [analyseDocumentEndpoint, importDocumentEndpoint, findingsEndpoint, decisionsEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Title', '标题') },
    {
      type: 'row',
      fields: [
        { name: 'language', type: 'select', required: true, options: NAME_LANGUAGES, label: label('Language', '语言'), admin: { width: '25%' } },
        { name: 'kind', type: 'select', required: true, options: SOURCE_KINDS, label: label('Kind', '类型'), admin: { width: '25%' } },
        { name: 'machineTranslated', type: 'checkbox', label: label('Machine-translated', '机器翻译'), admin: { width: '25%' } },
        { name: 'translatedFrom', type: 'select', options: NAME_LANGUAGES, label: label('Translated from', '译自'), admin: { width: '25%' } },
      ],
    },
    { name: 'translationOf', type: 'relationship', relationTo: 'sources', label: label('Translation of', '原文文献') },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: label('Shown on the public site', '在公开网站显示'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'origin',
      type: 'group',
      label: label('Origin', '来源'),
      fields: [
        { name: 'site', type: 'text', label: label('Site', '网站') },
        urlField({ name: 'url', label: label('URL', '网址') }),
        { name: 'retrievedAt', type: 'date', label: label('Retrieved', '获取日期'), admin: { date: { displayFormat: LOCALIZED_DATE } } },
        { name: 'licence', type: 'text', label: label('Licence', '许可') },
        { name: 'attribution', type: 'textarea', label: label('Attribution', '署名') },
      ],
    },
    {
      name: 'rawText',
      type: 'textarea',
      required: true,
      // A UTF-8 document of maxBytes has at most as many characters (Payload's default limit is 40,000).
      maxLength: PARSE_LIMITS.maxBytes,
      label: label('Raw text (as imported)', '原始文本'),
      admin: { readOnly: true, rows: 20 },
    },
    {
      name: 'annotate',
      type: 'ui',
      label: label('Text and annotations', '文本与批注'),
      admin: { components: { Field: '/collections/annotations/components/SourceAnnotations#SourceAnnotations' }, condition: (data) => Boolean(data?.id) },
    },
    { name: 'contentHash', type: 'text', index: true, label: label('Content hash', '内容哈希'), admin: { readOnly: true, position: 'sidebar' } },
    segmentsField,
    {
      name: 'figures',
      type: 'array',
      label: label('Figure captions', '图片说明'),
      fields: [
        { name: 'caption', type: 'textarea', required: true, label: label('Caption', '说明') },
        { name: 'fileName', type: 'text', label: label('File name', '文件名') },
        { name: 'image', type: 'upload', relationTo: 'media', label: label('Image', '图片') },
      ],
    },
    {
      name: 'openFlagCount',
      type: 'number',
      index: true,
      label: label('Open flags', '未解决的标记'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'openFlagKinds',
      type: 'select',
      hasMany: true,
      options: FLAG_KINDS,
      label: label('Kinds of open flags', '未解决标记的类型'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'flags',
      type: 'array',
      label: label('Editorial flags', '编辑标记'),
      labels: { singular: label('Flag', '标记'), plural: label('Flags', '标记') },
      admin: {
        readOnly: true,
        description: label(
          'Computed on import and after each decision on a finding: a flag resolves itself when its finding is decided, and goes when its cause is gone.',
          '导入时及每次处理问题后自动计算：问题处理后标记即为已解决，原因消失后标记随之消失。',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', options: FLAG_KINDS, required: true, label: label('Kind', '类型'), admin: { width: '40%' } },
            { name: 'marker', type: 'text', label: label('Marker', '标记'), admin: { width: '20%' } },
            { name: 'quote', type: 'text', label: label('Quoted text', '引文'), admin: { width: '25%' } },
            { name: 'resolved', type: 'checkbox', label: label('Resolved', '已解决'), admin: { width: '15%' } },
          ],
        },
        { name: 'passage', type: 'textarea', label: label('Passage', '段落'), admin: { rows: 2 } },
        { name: 'message', type: 'text', required: true, label: label('Message', '说明') },
        // Where the passage is, for the reconcile view to go to; people read the passage.
        { name: 'segmentId', type: 'text', label: label('Segment ID', '片段编号'), admin: { hidden: true } },
      ],
    },
  ],
}
