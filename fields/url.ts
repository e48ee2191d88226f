import type { TextField } from 'payload'

import { checkLinkUrl } from '@/lib/security/url'

/** A text field holding a link's address: empty, or one lib/security/url allows (http, https, mailto, a path on this site). */
export const urlField = (field: Omit<TextField, 'type'>): TextField =>
  ({
    ...field,
    type: 'text',
    validate: (value: null | string | undefined) => {
      if (!value) return true
      const check = checkLinkUrl(value)
      return check.ok ? true : `This address ${check.reason}.`
    },
  }) as TextField
