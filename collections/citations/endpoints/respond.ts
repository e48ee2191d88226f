import type { PayloadRequest } from 'payload'

import { asUser, atLeast } from '@/access/roles'

/** A refusal in Payload's error shape, which the admin shows as it shows its own. */
export const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** For the work form's helpers: signed-in historians and above, else the refusal to send. */
export function refuseUnlessStaff(req: PayloadRequest): null | Response {
  const user = asUser(req.user)
  if (!user) return errorResponse(401, 'Log in first.')
  if (!atLeast(user, 'historian')) return errorResponse(403, 'Only historians, editors and admins may do this.')
  return null
}

/** The JSON object a POST sent, or null when it sent none. */
export async function jsonBody(req: PayloadRequest): Promise<null | Record<string, unknown>> {
  const body = (await req.json?.().catch(() => null)) as unknown
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
}
