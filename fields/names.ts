import type { ArrayField } from 'payload'

import { label } from './i18n'

export const NAME_LANGUAGES = [
  { label: label('English', '英语'), value: 'en' },
  { label: label('Chinese', '汉语'), value: 'zh' },
  { label: label('Russian', '俄语'), value: 'ru' },
  { label: label('Kazakh', '哈萨克语'), value: 'kk' },
  { label: label('Mongolian (Oirat)', '蒙古语（卫拉特）'), value: 'xal' },
  { label: label('Manchu', '满语'), value: 'mnc' },
  { label: label('Uyghur / Chagatai', '维吾尔语 / 察合台语'), value: 'ug' },
  { label: label('Other', '其他'), value: 'und' },
]

export const SCRIPTS = [
  { label: label('Latin', '拉丁字母'), value: 'Latn' },
  { label: label('Simplified Han', '简体汉字'), value: 'Hans' },
  { label: label('Traditional Han', '繁体汉字'), value: 'Hant' },
  { label: label('Cyrillic', '西里尔字母'), value: 'Cyrl' },
  { label: label('Mongolian', '蒙古文'), value: 'Mong' },
  { label: label('Arabic', '阿拉伯字母'), value: 'Arab' },
]

export const NAME_KINDS = [
  { label: label('Official', '正式名'), value: 'official' },
  { label: label('Historic', '历史名'), value: 'historic' },
  { label: label('Variant', '异名'), value: 'variant' },
  { label: label('Machine-translation rendering', '机器翻译译名'), value: 'machine-translation' },
  { label: label('Raw pinyin rendering', '拼音直译'), value: 'pinyin' },
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
