import type { CollectionConfig } from 'payload'

import { offlineJSONEditor } from '@/fields/codeEditor'
import { editorialAdminComponents, editorialWorkflow } from '@/fields/editorial'
import { yearRangeField } from '@/fields/historicalDate'
import { label } from '@/fields/i18n'
import { listTitleField } from '@/fields/listTitle'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { checkFeatures } from './hooks/checkFeatures'
import { checkOverlays } from './hooks/checkOverlays'

/** A map view: an extent and period, place layers, features with time ranges and placed historical images. */
export const Maps: CollectionConfig = {
  slug: 'maps',
  labels: { singular: label('Map', '地图'), plural: label('Maps', '地图') },
  admin: { useAsTitle: 'listTitle', defaultColumns: ['listTitle', 'imageStatus', '_status', 'updatedAt'], components: editorialAdminComponents },
  ...editorialWorkflow,
  hooks: { ...editorialWorkflow.hooks, beforeChange: [checkFeatures, checkOverlays] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Title', '标题') },
    listTitleField('title', label('Title', '标题')),
    { name: 'caption', type: 'textarea', localized: true, label: label('Caption', '图注') },
    { name: 'credit', type: 'text', label: label('Credit', '署名') },
    yearRangeField('period', 'Period shown', '所示时期'),
    {
      name: 'extent',
      type: 'group',
      label: label('Basemap extent (degrees)', '底图范围（度）'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'west', type: 'number', min: -180, max: 180, label: label('West', '西'), admin: { width: '25%' } },
            { name: 'south', type: 'number', min: -90, max: 90, label: label('South', '南'), admin: { width: '25%' } },
            { name: 'east', type: 'number', min: -180, max: 180, label: label('East', '东'), admin: { width: '25%' } },
            { name: 'north', type: 'number', min: -90, max: 90, label: label('North', '北'), admin: { width: '25%' } },
          ],
        },
      ],
    },
    {
      name: 'placeLayers',
      type: 'array',
      label: label('Place layers', '地点图层'),
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: label('Layer name', '图层名称') },
        { name: 'places', type: 'relationship', relationTo: 'places', hasMany: true, label: label('Places', '地点') },
      ],
    },
    {
      name: 'features',
      type: 'json',
      label: label('Features (map editor; GeoJSON FeatureCollection)', '要素（地图编辑器；GeoJSON）'),
      admin: {
        components: { Field: '/collections/maps/components/MapEditorField#MapEditorField' },
        description: label(
          'Draw on the map, or edit the GeoJSON in its tab. A feature shows only between its "from" and "to" years.',
          '在地图上绘制，或在 GeoJSON 标签中编辑。要素只在其起止年份之间显示。',
        ),
      },
    },
    {
      name: 'overlays',
      type: 'array',
      label: label('Historical image overlays', '历史地图叠加'),
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', required: true, label: label('Image (a scan: its web-sized copy is shown)', '图片（扫描件，显示其网页尺寸副本）') },
        { name: 'label', type: 'text', localized: true, label: label('Name in the legend', '图例名称') },
        {
          name: 'corners',
          type: 'json',
          required: true,
          label: label('Corners [[lng, lat] × 4]: top-left, top-right, bottom-right, bottom-left', '四角 [[经度, 纬度] × 4]：左上、右上、右下、左下'),
          admin: { components: offlineJSONEditor },
        },
        { name: 'opacity', type: 'number', min: 0, max: 1, defaultValue: 0.7, label: label('Opacity (0–1)', '不透明度（0–1）') },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'number', label: label('Shown from (year)', '显示起始年'), admin: { width: '50%' } },
            { name: 'to', type: 'number', label: label('Shown to (year)', '显示结束年'), admin: { width: '50%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'citation', type: 'relationship', relationTo: 'citations', label: label('Cited work', '所引文献'), admin: { width: '60%' } },
            { name: 'locator', type: 'text', label: label('Pages, sheet, …', '页码、图幅等'), admin: { width: '40%' } },
          ],
        },
      ],
    },
    {
      name: 'imageStatus',
      type: 'select',
      defaultValue: 'none',
      label: label('Original image', '原图'),
      options: [
        { label: label('No original image', '无原图'), value: 'none' },
        { label: label('Named in a source, file not available yet', '来源中提及，文件尚缺'), value: 'missing' },
        { label: label('Attached', '已附'), value: 'attached' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'originalFileName', type: 'text', label: label('Original file name', '原文件名'), admin: { position: 'sidebar' } },
    { name: 'sources', type: 'relationship', relationTo: 'sources', hasMany: true, label: label('Sources', '来源文献') },
    slugField('title'),
    publishedAtField,
  ],
}
