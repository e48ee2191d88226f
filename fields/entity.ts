import type { Field } from 'payload'

import { label } from './i18n'
import { listTitleField } from './listTitle'
import { namesField } from './names'
import { slugField } from './slug'

/** What every named entity (place, person, event) carries: a display name per locale, all recorded names, a slug and a description. */
export const entityFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, localized: true, label: label('Name', '名称') },
  listTitleField('name', label('Name', '名称')),
  slugField('name'),
  namesField,
  { name: 'description', type: 'textarea', localized: true, label: label('Description', '简介') },
  {
    name: 'externalIds',
    type: 'group',
    label: label('External identifiers', '外部标识'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'wikidata',
            type: 'text',
            label: label('Wikidata', 'Wikidata'),
            admin: { width: '50%' },
            validate: (value: null | string | undefined) => (!value || /^Q\d+$/.test(value) ? true : 'A Wikidata ID looks like Q12345.'),
          },
          {
            name: 'geonames',
            type: 'text',
            label: label('GeoNames', 'GeoNames'),
            admin: { width: '50%' },
            validate: (value: null | string | undefined) => (!value || /^\d+$/.test(value) ? true : 'A GeoNames ID is a number.'),
          },
        ],
      },
    ],
  },
]
