import type { ArrayField } from 'payload'

import { label } from './i18n'

export const NAME_LANGUAGES = [
  { label: 'English', value: 'en' },
  { label: 'Chinese', value: 'zh' },
  { label: 'Russian', value: 'ru' },
  { label: 'Kazakh', value: 'kk' },
  { label: 'Mongolian (Oirat)', value: 'xal' },
  { label: 'Manchu', value: 'mnc' },
  { label: 'Uyghur / Chagatai', value: 'ug' },
  { label: 'Other', value: 'und' },
]

export const SCRIPTS = [
  { label: 'Latin', value: 'Latn' },
  { label: 'Simplified Han', value: 'Hans' },
  { label: 'Traditional Han', value: 'Hant' },
  { label: 'Cyrillic', value: 'Cyrl' },
  { label: 'Mongolian', value: 'Mong' },
  { label: 'Arabic', value: 'Arab' },
]

export const NAME_KINDS = [
  { label: 'Official', value: 'official' },
  { label: 'Historic', value: 'historic' },
  { label: 'Variant', value: 'variant' },
  { label: 'Machine-translation rendering', value: 'machine-translation' },
]

/** Every recorded name of an entity, with its language, script, kind, time range and source. */
export const namesField: ArrayField = {
  name: 'names',
  type: 'array',
  label: label('Recorded names', '已记录的名称'),
  labels: { singular: label('Name', '名称'), plural: label('Names', '名称') },
  admin: { initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Name', '名称'), admin: { width: '40%' } },
        { name: 'language', type: 'select', options: NAME_LANGUAGES, label: label('Language', '语言'), admin: { width: '20%' } },
        { name: 'script', type: 'select', options: SCRIPTS, label: label('Script', '文字'), admin: { width: '20%' } },
        { name: 'kind', type: 'select', options: NAME_KINDS, defaultValue: 'variant', label: label('Kind', '类型'), admin: { width: '20%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'fromYear', type: 'number', label: label('Used from (year)', '使用起始年'), admin: { width: '25%' } },
        { name: 'toYear', type: 'number', label: label('Used until (year)', '使用结束年'), admin: { width: '25%' } },
        { name: 'source', type: 'relationship', relationTo: 'sources', label: label('Attested in', '出处'), admin: { width: '50%' } },
      ],
    },
  ],
}
