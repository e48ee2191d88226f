import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The Local API as the public sees it. Every site query passes
 * `overrideAccess: false` with no user, so the collections' own access rules
 * (published articles only, public sources only) decide what a reader gets.
 */
export const sitePayload = (): Promise<Payload> => getPayload({ config })

export const asPublic = { overrideAccess: false, draft: false } as const
