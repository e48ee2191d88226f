'use client'

import { Banner, Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { atLeast } from '@/access/roles'
import type { Citation, User } from '@/payload-types'

const LABELS = {
  en: { action: 'Merge into…', into: 'Work to keep (id)', merge: 'Merge', done: (uses: number) => `Merged: ${uses} uses moved.`, confirm: 'Every use of this work moves to the chosen one, and this work then redirects there. Merge?' },
  zh: { action: '合并至…', into: '保留的文献（编号）', merge: '合并', done: (uses: number) => `已合并：移动了 ${uses} 处引用。`, confirm: '本文献的所有引用将移至所选文献，本文献随后重定向至该文献。确定合并？' },
}

/** On a work's edit view, for editors: "Merge into…" a work named by its id (the likely duplicates are listed by DuplicateWarning). */
export function MergeWork() {
  const { user } = useAuth<User>()
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const labels = i18n.language === 'zh' ? LABELS.zh : LABELS.en
  const [open, setOpen] = useState(false)
  const [into, setInto] = useState('')
  const [message, setMessage] = useState<null | { type: 'error' | 'success'; text: string }>(null)
  const work = savedDocumentData as Citation | undefined
  const mayMerge = atLeast(user, 'editor') && id !== undefined && id !== null && !work?.mergedInto

  if (!mayMerge) return null
  async function merge() {
    if (!window.confirm(labels.confirm)) return
    const response = await fetch(`${config.routes.api}/citations/${String(id)}/merge`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ into }) })
    const body = (await response.json().catch(() => null)) as null | { uses?: number; errors?: { message: string }[] }
    if (!response.ok) return setMessage({ type: 'error', text: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
    setMessage({ type: 'success', text: labels.done(body?.uses ?? 0) })
    router.refresh()
  }
  if (!open)
    return (
      <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)} id="merge-work">
        {labels.action}
      </Button>
    )
  return (
    <div id="merge-work-form" style={{ display: 'flex', flexDirection: 'column', gap: 'calc(var(--base) / 3)' }}>
      <label>
        {labels.into} <input value={into} onChange={(event) => setInto(event.target.value)} />
      </label>
      <Button size="small" disabled={!into.trim()} onClick={() => void merge()}>
        {labels.merge}
      </Button>
      {message && <Banner type={message.type}>{message.text}</Banner>}
    </div>
  )
}
