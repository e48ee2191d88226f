import { NextResponse, type NextRequest } from 'next/server'

import { preferredLocale } from './lib/i18n/locales'

/** `/` sends a reader to the site in the language their browser prefers. */
export function proxy(request: NextRequest) {
  const locale = preferredLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = { matcher: '/' }
