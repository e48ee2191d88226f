import type { CollectionConfig } from 'payload'

import { allow, anyone } from '@/access/roles'
import { authorityHooks } from '@/server/reconcile/authorityIndex'
import { revalidatingHooks } from '@/server/revalidate'
import { entityFields } from '@/fields/entity'
import { historicalDateField } from '@/fields/historicalDate'
import { label } from '@/fields/i18n'

/** The name authority for people: one record per person, every name they are known by. */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: label('Person', '人物'), plural: label('People', '人物') },
  admin: { useAsTitle: 'listTitle', defaultColumns: ['listTitle', 'slug', 'updatedAt'] },
  access: { read: anyone, create: allow('historian'), update: allow('historian'), delete: allow('editor') },
  // A change of a name is a change of the name authority the checks read (server/reconcile/authorityIndex).
  hooks: { afterChange: [...revalidatingHooks.afterChange, ...authorityHooks.afterChange], afterDelete: [...revalidatingHooks.afterDelete, ...authorityHooks.afterDelete] },
  fields: [
    ...entityFields(),
    historicalDateField('born', 'Born', '出生'),
    historicalDateField('died', 'Died', '去世'),
  ],
}
