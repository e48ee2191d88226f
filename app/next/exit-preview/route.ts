import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameOriginPath } from '@/lib/security/url'

/** Leaves draft mode and returns to the published page: only ever a path on this site. */
export async function GET(request: Request) {
  const path = sameOriginPath(new URL(request.url).searchParams.get('path'))
  ;(await draftMode()).disable()
  redirect(path ?? '/')
}
