import type { CollectionConfig } from 'payload'

import { allow } from '@/access/roles'
import { label, options } from '@/fields/i18n'
import { editorOrHistorianDisputing } from './access/decide'
import { requireReason } from './hooks/requireReason'
import { setDecidedBy } from './hooks/setDecidedBy'

export const DECISION_ACTIONS = options({
  accepted: ['Accepted', '已采纳'],
  corrected: ['Corrected', '已更正'],
  dismissed: ['Dismissed', '已驳回'],
  disputed: ['Disputed', '有争议'],
  'added-to-authority': ['Added to the authority', '已加入名称规范'],
})

/**
 * An editor's decision on one finding of the reconciliation checks, kept by
 * the finding's key (kind, segment id, quoted text, occurrence) so that it
 * holds across re-runs of the checks and re-imports of the source. The
 * latest decision per key counts; earlier ones stay as the history.
 */
export const FindingDecisions: CollectionConfig = {
  slug: 'finding-decisions',
  labels: { singular: label('Finding decision', '检查结果处理'), plural: label('Finding decisions', '检查结果处理') },
  admin: { useAsTitle: 'quote', defaultColumns: ['quote', 'kind', 'action', 'source', 'decidedBy', 'createdAt'], group: label('Reconciliation', '校勘') },
  access: { read: allow('historian'), create: editorOrHistorianDisputing, update: allow('admin'), delete: allow('admin') },
  hooks: { beforeValidate: [requireReason], beforeChange: [setDecidedBy] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'relationship', relationTo: 'sources', required: true, index: true, label: label('Source', '来源文献'), admin: { width: '40%' } },
        { name: 'article', type: 'relationship', relationTo: 'articles', label: label('Article', '条目'), admin: { width: '40%' } },
        { name: 'locale', type: 'select', options: options({ en: ['English', '英文'], zh: ['Chinese', '中文'] }), label: label('Locale', '语言版本'), admin: { width: '20%' } },
      ],
    },
    { name: 'findingKey', type: 'text', required: true, index: true, label: label('Finding key', '检查结果键'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'text', required: true, label: label('Kind', '类型'), admin: { width: '30%' } },
        { name: 'severity', type: 'select', required: true, options: options({ high: ['High', '高'], medium: ['Medium', '中'], low: ['Low', '低'] }), label: label('Severity', '严重程度'), admin: { width: '20%' } },
        { name: 'segmentId', type: 'text', required: true, label: label('Segment ID', '片段编号'), admin: { width: '20%' } },
        { name: 'start', type: 'number', min: 0, label: label('Start offset', '起始位置'), admin: { width: '15%' } },
        { name: 'end', type: 'number', min: 0, label: label('End offset', '结束位置'), admin: { width: '15%' } },
      ],
    },
    { name: 'quote', type: 'text', required: true, label: label('Quoted text', '所引文字') },
    { name: 'action', type: 'select', required: true, options: DECISION_ACTIONS, label: label('Decision', '处理') },
    { name: 'reason', type: 'textarea', label: label('Reason', '理由') },
    { name: 'replacement', type: 'text', label: label('Replacement', '替换为') },
    { name: 'annotation', type: 'relationship', relationTo: 'annotations', label: label('Annotation', '批注') },
    { name: 'articleVersion', type: 'text', label: label('Article version written', '写入的条目版本'), admin: { readOnly: true } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: label('Decided by', '处理人'), admin: { readOnly: true, position: 'sidebar' } },
  ],
}
