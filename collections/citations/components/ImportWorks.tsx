'use client'

import { Banner, Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { atLeast } from '@/access/roles'
import type { User } from '@/payload-types'
import { exchangeLabels } from './exchangeLabels'

type Entry = { index: number; label: string; action: 'create' | 'match' | 'repeat'; match?: { title: string }; repeatOf?: number }

const messageOf = (body: unknown, status: number) => (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? `HTTP ${status}`

/** Above the Works cited list: paste or upload BibTeX, RIS or CSL-JSON, preview it, import it in one go. */
export function ImportWorks() {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const labels = exchangeLabels(i18n.language)
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [message, setMessage] = useState<null | { type: 'error' | 'success'; text: string }>(null)
  const [busy, setBusy] = useState(false)
  if (!atLeast(user, 'historian')) return null

  async function send(step: 'preview' | 'import') {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${config.routes.api}/citations/exchange/${step}`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) })
      const body: unknown = await response.json().catch(() => null)
      if (!response.ok) {
        setEntries(null)
        return setMessage({ type: 'error', text: `${labels.failed}: ${messageOf(body, response.status)}` })
      }
      if (step === 'preview') return setEntries((body as { entries: Entry[] }).entries)
      const { created, matched } = body as { created: number; matched: number }
      setEntries(null)
      setText('')
      setMessage({ type: 'success', text: labels.done(created, matched) })
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  if (!open)
    return (
      <Button buttonStyle="pill" size="small" onClick={() => setOpen(true)} id="import-works">
        {labels.open}
      </Button>
    )
  return (
    <section id="import-works-form" style={{ marginBottom: 'var(--base)', maxWidth: '48rem' }}>
      <p>{labels.intro}</p>
      <label htmlFor="import-works-text">{labels.text}</label>
      <textarea id="import-works-text" rows={10} style={{ width: '100%', fontFamily: 'monospace' }} value={text} onChange={(event) => (setText(event.target.value), setEntries(null))} />
      <label>
        {labels.file}{' '}
        <input type="file" accept=".bib,.bibtex,.ris,.json,.txt" onChange={async (event) => (setText((await event.target.files?.[0]?.text()) ?? ''), setEntries(null))} />
      </label>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
        <Button buttonStyle="secondary" size="small" disabled={busy || !text.trim()} onClick={() => void send('preview')}>
          {busy ? labels.working : labels.preview}
        </Button>
        {entries && (
          <Button size="small" disabled={busy} onClick={() => void send('import')} id="import-works-commit">
            {labels.import}
          </Button>
        )}
      </div>
      {message && <Banner type={message.type}>{message.text}</Banner>}
      {entries && (
        <ol id="import-works-preview">
          {entries.map((entry) => (
            <li key={entry.index} data-action={entry.action}>
              {entry.label} — {entry.action === 'create' ? labels.create : entry.action === 'match' ? labels.match(entry.match?.title ?? '') : labels.repeat(entry.repeatOf ?? 0)}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
