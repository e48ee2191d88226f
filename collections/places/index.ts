import type { CollectionConfig } from 'payload'

import { allow, anyone } from '@/access/roles'
import { revalidatingHooks } from '@/server/revalidate'
import { entityFields } from '@/fields/entity'
import { label, options } from '@/fields/i18n'

export const PLACE_TYPES = options({
  city: ['City', '城市'],
  fortress: ['Fortress', '城堡要塞'],
  region: ['Region', '地区'],
  river: ['River', '河流'],
  lake: ['Lake', '湖泊'],
  mountain: ['Mountain', '山'],
  pass: ['Pass', '山口'],
  state: ['State', '国家'],
  battlefield: ['Battlefield', '战场'],
  other: ['Other', '其他'],
})

/** The gazetteer: every place with all its names across languages and times. */
export const Places: CollectionConfig = {
  slug: 'places',
  labels: { singular: label('Place', '地点'), plural: label('Places', '地点') },
  admin: { useAsTitle: 'listTitle', defaultColumns: ['listTitle', 'placeType', 'slug', 'updatedAt'] },
  access: { read: anyone, create: allow('historian'), update: allow('historian'), delete: allow('editor') },
  hooks: revalidatingHooks,
  fields: [
    ...entityFields(),
    { name: 'placeType', type: 'select', options: PLACE_TYPES, label: label('Type', '类型') },
    {
      name: 'coordinates',
      type: 'group',
      label: label('Coordinates (WGS 84)', '坐标（WGS 84）'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: label('Latitude', '纬度'), admin: { width: '50%' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: label('Longitude', '经度'), admin: { width: '50%' } },
          ],
        },
      ],
    },
  ],
}
