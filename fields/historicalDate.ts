import type { Field, GroupField } from 'payload'

import { dateSortKey, parsePartialDate } from '@/lib/dates'
import { label, options } from './i18n'

/**
 * A historical date: the Gregorian form at the precision the source supports,
 * and the date as the source wrote it (a reign-era year such as 同治三年).
 */
export const historicalDateField = (name: string, en: string, zh: string): GroupField => ({
  name,
  type: 'group',
  label: label(en, zh),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'text',
          label: label('Gregorian date', '公历日期'),
          admin: { description: label('YYYY, YYYY-MM or YYYY-MM-DD', '年、年-月或年-月-日：YYYY、YYYY-MM 或 YYYY-MM-DD'), width: '30%' },
          validate: (value: null | string | undefined) =>
            !value || parsePartialDate(value) ? true : 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.',
        },
        {
          name: 'precision',
          type: 'select',
          label: label('Precision', '精度'),
          admin: { width: '20%' },
          options: options({ day: ['Day', '日'], month: ['Month', '月'], year: ['Year', '年'], decade: ['Decade', '十年'], century: ['Century', '世纪'] }),
        },
        {
          name: 'originalText',
          type: 'text',
          label: label('As written in the source', '原文写法'),
          admin: { description: label('e.g. a reign-era year: 光绪七年', '如年号纪年：光绪七年'), width: '50%' },
        },
      ],
    },
    {
      name: 'sortKey',
      type: 'number',
      index: true,
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) => {
            const parsed = typeof siblingData?.date === 'string' ? parsePartialDate(siblingData.date) : null
            return parsed ? dateSortKey(parsed) : null
          },
        ],
      },
    },
  ],
})

export const yearRangeField = (name: string, en: string, zh: string): Field => ({
  name,
  type: 'group',
  label: label(en, zh),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'startYear', type: 'number', label: label('From (year)', '起始年'), admin: { width: '50%' } },
        { name: 'endYear', type: 'number', label: label('To (year)', '结束年'), admin: { width: '50%' } },
      ],
    },
  ],
})
