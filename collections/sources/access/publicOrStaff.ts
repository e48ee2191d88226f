import type { Access } from 'payload'

import { asUser, atLeast } from '@/access/roles'

/** Staff read every source; the public reads those an editor marked public. */
export const publicOrStaff: Access = ({ req }) => (atLeast(asUser(req.user), 'historian') ? true : { public: { equals: true } })
