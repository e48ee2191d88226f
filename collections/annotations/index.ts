import type { CollectionConfig } from 'payload'

import { allow, fieldAllow } from '@/access/roles'
import { label, LOCALIZED_DATE_TIME, options } from '@/fields/i18n'
import { ownOrEditor } from './access/ownOrEditor'
import { anchorOnSave } from './hooks/anchorOnSave'
import { recordResolution } from './hooks/recordResolution'
import { requireNote } from './hooks/requireNote'
import { requireOneTarget } from './hooks/requireOneTarget'
import { setAuthor } from './hooks/setAuthor'
import { stampReplies } from './hooks/stampReplies'
import { annotationEndpoints } from './endpoints'

export const MOTIVATION_OPTIONS = [
  { label: label('Comment', '评论'), value: 'commenting' },
  { label: label('Correction', '更正'), value: 'correcting' },
  { label: label('Question', '疑问'), value: 'questioning' },
  { label: label('Machine-translation error', '机器翻译错误'), value: 'flagging-mt-error' },
  { label: label('Link', '链接'), value: 'linking' },
  { label: label('Tag', '标签'), value: 'tagging' },
]

/** A note on a range of text, in the shape of a W3C Web Annotation. */
export const Annotations: CollectionConfig = {
  slug: 'annotations',
  labels: { singular: label('Annotation', '批注'), plural: label('Annotations', '批注') },
  admin: { useAsTitle: 'exact', defaultColumns: ['exact', 'motivation', 'status', 'author', 'updatedAt'] },
  access: { read: allow('historian'), create: allow('historian'), update: ownOrEditor, delete: allow('editor') },
  hooks: { beforeValidate: [requireOneTarget, requireNote], beforeChange: [setAuthor, stampReplies, recordResolution, anchorOnSave] },
  endpoints: annotationEndpoints,
  fields: [
    {
      name: 'target',
      type: 'group',
      label: label('Target', '对象'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'source', type: 'relationship', relationTo: 'sources', label: label('Source', '来源文献'), admin: { width: '35%' } },
            { name: 'article', type: 'relationship', relationTo: 'articles', label: label('Article', '条目'), admin: { width: '35%' } },
            { name: 'locale', type: 'select', options: options({ en: ['English', '英文'], zh: ['Chinese', '中文'] }), label: label('Locale', '语言版本'), admin: { width: '10%' } },
            { name: 'segmentId', type: 'text', label: label('Segment ID', '片段编号'), admin: { width: '20%' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'prefix', type: 'text', label: label('Text before', '前文'), admin: { width: '25%' } },
        { name: 'exact', type: 'text', required: true, label: label('Quoted text', '所选文字'), admin: { width: '50%' } },
        { name: 'suffix', type: 'text', label: label('Text after', '后文'), admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'start', type: 'number', min: 0, label: label('Start offset', '起始位置'), admin: { width: '50%' } },
        { name: 'end', type: 'number', min: 0, label: label('End offset', '结束位置'), admin: { width: '50%' } },
      ],
    },
    {
      name: 'anchor',
      type: 'group',
      label: label('Anchoring', '定位'),
      admin: { readOnly: true, position: 'sidebar', description: label('Where the quote was found when its text last changed; the offsets above are that position.', '文本上次变动后所选文字的定位情况；上方位置即定位结果。') },
      fields: [
        {
          name: 'state',
          type: 'select',
          label: label('State', '状态'),
          options: [
            { label: label('Anchored exactly', '精确定位'), value: 'exact' },
            { label: label('Anchored approximately', '近似定位'), value: 'fuzzy' },
            { label: label('Text no longer found', '原文已不存在'), value: 'orphaned' },
          ],
        },
        { name: 'checkedAt', type: 'date', label: label('Checked at', '检查时间'), admin: { date: { displayFormat: LOCALIZED_DATE_TIME } } },
      ],
    },
    { name: 'motivation', type: 'select', required: true, defaultValue: 'commenting', options: MOTIVATION_OPTIONS, label: label('Motivation', '类型') },
    { name: 'body', type: 'textarea', label: label('Note', '内容') },
    { name: 'suggestedReplacement', type: 'text', label: label('Suggested replacement', '建议替换') },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      label: label('Status', '状态'),
      options: [
        { label: label('Open', '待处理'), value: 'open' },
        { label: label('Resolved', '已解决'), value: 'resolved' },
        { label: label('Rejected', '已驳回'), value: 'rejected' },
      ],
      access: { update: fieldAllow('editor') },
      admin: { position: 'sidebar' },
    },
    {
      name: 'resolution',
      type: 'group',
      label: label('Resolution', '处理结果'),
      admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.status === 'resolved' || data?.status === 'rejected' },
      fields: [
        { name: 'by', type: 'relationship', relationTo: 'users', label: label('Decided by', '处理人') },
        { name: 'at', type: 'date', label: label('Decided at', '处理时间'), admin: { date: { displayFormat: LOCALIZED_DATE_TIME } } },
        { name: 'appliedInVersion', type: 'text', label: label('Applied in draft version', '采纳于草稿版本'), admin: { description: label('The article version that held the text when the correction was resolved.', '更正被采纳时条目的版本。') } },
      ],
    },
    { name: 'author', type: 'relationship', relationTo: 'users', label: label('Author', '作者'), admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'replies',
      type: 'array',
      label: label('Replies', '回复'),
      fields: [
        { name: 'author', type: 'relationship', relationTo: 'users', label: label('Author', '作者'), admin: { readOnly: true } },
        { name: 'createdAt', type: 'date', label: label('Written at', '回复时间'), admin: { readOnly: true, date: { displayFormat: LOCALIZED_DATE_TIME } } },
        { name: 'body', type: 'textarea', required: true, label: label('Reply', '回复内容') },
      ],
    },
  ],
}
