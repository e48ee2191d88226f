import type { Field } from 'payload'

import { fieldAllow } from '@/access/roles'
import { label, LOCALIZED_DATE_TIME, options } from '@/fields/i18n'

const computed = { create: () => false, update: () => false }

/**
 * What the edit screen shows about an article drafted from a machine
 * translation: the banner at the top of the form (source, notice, progress)
 * and, in the sidebar, the unmodified share of the locale being edited.
 */
export const machineTranslationBanner: Field = {
  name: 'machineTranslationBanner',
  type: 'ui',
  label: label('Machine translation', '机器翻译'),
  admin: { components: { Field: '/collections/articles/components/MachineTranslationBanner#MachineTranslationBanner' } },
}

export const unmodifiedShareField: Field = {
  name: 'unmodifiedShare',
  type: 'ui',
  label: label('Unmodified machine translation', '未修改的机器翻译'),
  admin: { position: 'sidebar', components: { Field: '/collections/articles/components/UnmodifiedShare#UnmodifiedShare' } },
}

/**
 * An editor's reason for publishing over the rules of machine-translated drafts
 * (collections/articles/hooks/publishRules). Who, when and which rules are
 * stamped by the publish itself; as a field of the article, every version keeps it.
 */
export const publishOverrideField: Field = {
  name: 'publishOverride',
  type: 'group',
  label: label('Publish override', '发布豁免'),
  admin: {
    position: 'sidebar',
    description: label(
      'Only for an article drafted from a machine translation that the publish rules block: why it may be published anyway.',
      '仅用于被发布规则阻止的机器翻译草稿：说明为何仍可发布。',
    ),
  },
  access: { create: fieldAllow('editor'), update: fieldAllow('editor') },
  fields: [
    { name: 'reason', type: 'textarea', label: label('Reason', '理由') },
    { name: 'by', type: 'relationship', relationTo: 'users', label: label('Overridden by', '豁免人'), access: computed, admin: { readOnly: true } },
    { name: 'at', type: 'date', label: label('Overridden at', '豁免时间'), access: computed, admin: { readOnly: true, date: { displayFormat: LOCALIZED_DATE_TIME } } },
    {
      name: 'rules',
      type: 'select',
      hasMany: true,
      label: label('Rules overridden', '豁免的规则'),
      options: options({ 'unresolved-findings': ['Unresolved high-severity findings', '未处理的高严重度问题'], unmodified: ['Mostly unmodified machine translation', '机器翻译大多未修改'] }),
      access: computed,
      admin: { readOnly: true },
    },
  ],
}
