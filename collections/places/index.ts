import type { CollectionConfig } from 'payload'

import { allow, anyone } from '@/access/roles'
import { authorityHooks } from '@/server/reconcile/authorityIndex'
import { revalidatingHooks } from '@/server/revalidate'
import { entityFields } from '@/fields/entity'
import { label, options } from '@/fields/i18n'
import { checkBoundary } from '@/lib/maps/boundary'

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

/** How exactly a place is located; "not located" when neither the gazetteer nor an editor has given coordinates. */
export const LOCATION_PRECISION_OPTIONS = options({
  exact: ['Exact', '精确'],
  approximate: ['Approximate', '大致'],
  region: ['Region (centre)', '地区（中心）'],
  'not-located': ['Not located', '未定位'],
})

/** The gazetteer: every place with all its names across languages and times. */
export const Places: CollectionConfig = {
  slug: 'places',
  labels: { singular: label('Place', '地点'), plural: label('Places', '地点') },
  admin: { useAsTitle: 'listTitle', defaultColumns: ['listTitle', 'placeType', 'slug', 'updatedAt'] },
  access: { read: anyone, create: allow('historian'), update: allow('historian'), delete: allow('editor') },
  // A change of a name is a change of the name authority the checks read (server/reconcile/authorityIndex).
  hooks: { afterChange: [...revalidatingHooks.afterChange, ...authorityHooks.afterChange], afterDelete: [...revalidatingHooks.afterDelete, ...authorityHooks.afterDelete] },
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
        {
          type: 'row',
          fields: [
            { name: 'precision', type: 'select', options: LOCATION_PRECISION_OPTIONS, label: label('Precision', '精度'), admin: { width: '50%' } },
            { name: 'source', type: 'text', label: label('Source of the coordinates', '坐标来源'), admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'boundary',
      type: 'json',
      label: label('Outline of a region (GeoJSON Polygon or MultiPolygon)', '地区轮廓（GeoJSON 多边形）'),
      admin: { components: { Field: '/collections/places/components/BoundaryEditorField#BoundaryEditorField' }, condition: (data) => data?.placeType === 'region' || data?.placeType === 'state' || Boolean(data?.boundary) },
      validate: (value: unknown) => checkBoundary(value),
    },
  ],
}
