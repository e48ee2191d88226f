import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameOriginPath } from '@/lib/security/url'
import { sitePayload } from '@/app/(site)/_data/payload'

/**
 * Enters Next draft mode for a signed-in staff member (their admin session
 * cookie) and opens the page at `path`, a page of the site on this origin;
 * the public can never turn it on.
 */
export async function GET(request: Request) {
  const path = sameOriginPath(new URL(request.url).searchParams.get('path'))
  if (!path || !/^\/(en|zh)(\/|$)/.test(path)) return new Response('Give a site path such as /en/articles/albazin.', { status: 400 })
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Sign in to the admin to preview drafts.', { status: 401 })
  ;(await draftMode()).enable()
  redirect(path)
}
