import { APIError } from 'payload'

import type { ErrorResponse } from '@/lib/reconcile/api'

/** A refusal the caller can act on: 400 bad input, 403 not for this role, 404 nothing to see, 409 the text moved on. */
export class ReconcileError extends Error {
  readonly status: 400 | 403 | 404 | 409

  constructor(status: ReconcileError['status'], message: string) {
    super(message)
    this.name = 'ReconcileError'
    this.status = status
  }
}

export const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] } satisfies ErrorResponse, { status })

/** Our refusals and Payload's own (access, validation) as their status and message; anything else is the server's. */
export function refusalResponse(error: unknown): Response {
  if (error instanceof ReconcileError) return errorResponse(error.status, error.message)
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    const fieldErrors = (error.data as { errors?: { message: string }[] } | undefined)?.errors
    return errorResponse(error.status, fieldErrors?.length ? fieldErrors.map((field) => field.message).join(' ') : error.message)
  }
  throw error
}
