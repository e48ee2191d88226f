import type { CollectionConfig } from 'payload'

import { allow, anyone } from '@/access/roles'
import { revalidatingHooks } from '@/server/revalidate'
import { entityFields } from '@/fields/entity'
import { historicalDateField } from '@/fields/historicalDate'
import { label } from '@/fields/i18n'

/** The timeline: dated events with the places, people, articles and sources they involve. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('Event', '事件'), plural: label('Events', '事件') },
  admin: { useAsTitle: 'listTitle', defaultColumns: ['listTitle', 'start.date', 'start.originalText', 'updatedAt'] },
  defaultSort: 'start.sortKey',
  access: { read: anyone, create: allow('historian'), update: allow('historian'), delete: allow('editor') },
  hooks: revalidatingHooks,
  fields: [
    ...entityFields(),
    historicalDateField('start', 'Start', '开始'),
    historicalDateField('end', 'End', '结束'),
    { name: 'places', type: 'relationship', relationTo: 'places', hasMany: true, label: label('Places', '地点') },
    { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, label: label('People', '人物') },
    { name: 'articles', type: 'relationship', relationTo: 'articles', hasMany: true, label: label('Articles', '条目') },
    { name: 'sources', type: 'relationship', relationTo: 'sources', hasMany: true, label: label('Sources', '来源文献') },
  ],
}
