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
export function RefreshOnSave({ origins }: { origins: string[] }) {
  const router = useRouter()
  useEffect(() => {
    // The admin frames the preview on its own origin (collections/articles previewURL): talk to that one, if it is ours.
    const admin = window.location.origin
    if (!origins.includes(admin)) return
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string } | null
      if (event.origin === admin && data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    ;(window.opener ?? window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, admin)
    return () => window.removeEventListener('message', onMessage)
  }, [router, origins])
  return null
}
