'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's live preview only: re-render the page each time the editor's
 * draft is saved. This is the protocol of Payload's RefreshRouteOnSave (tell
 * the admin frame we are ready; refresh on each document event from it); the
 * published @payloadcms/live-preview-react lags a patch behind Payload and
 * trips its dependency-version check, so the two messages are handled here.
 */
export function RefreshOnSave({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string } | null
      if (event.origin === serverURL && data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    ;(window.opener ?? window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, serverURL)
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])
  return null
}
