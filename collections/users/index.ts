import type { CollectionConfig } from 'payload'

import { allow, fieldAllow, type Role, selfOrRole } from '@/access/roles'
import { label, options } from '@/fields/i18n'
import { serverURL } from '@/lib/env'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { signedIn, throttleSignIn } from './hooks/throttleSignIn'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('User', '用户'), plural: label('Users', '用户') },
  auth: {
    // No hard lock (anyone knowing an e-mail could lock its owner out): hooks/throttleSignIn slows attempts instead.
    maxLoginAttempts: 0,
    cookies: { secure: serverURL().startsWith('https://'), sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: label('Administration', '管理') },
  access: {
    // Every account is staff: there are no public accounts.
    admin: ({ req }) => Boolean(req.user),
    create: allow('admin'),
    read: selfOrRole('editor'),
    update: selfOrRole('admin'),
    delete: allow('admin'),
  },
  hooks: { beforeChange: [firstUserIsAdmin], beforeOperation: [throttleSignIn], afterLogin: [signedIn] },
  fields: [
    { name: 'name', type: 'text', label: label('Name', '姓名') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['historian'],
      label: label('Roles', '角色'),
      options: options({ admin: ['Administrator', '管理员'], editor: ['Editor', '编辑'], historian: ['Historian', '历史学者'] } satisfies Record<Role, readonly [string, string]>),
      access: { create: fieldAllow('admin'), update: fieldAllow('admin') },
    },
  ],
}
