import { describe, expect, it } from 'vitest'

import type { ShortCiteEntry } from './shortCite'
import { createShortCiteStore } from './shortCiteStore'

const entry = (id: string): ShortCiteEntry => ({ id, head: { text: `Author${id} 2013`, chinese: false }, reference: `Reference ${id}` })

/** A store whose fetches are recorded and answered by hand, and whose flush runs when the test says. */
function harness(known: (id: string) => boolean = () => true) {
  const calls: { locale: string; ids: string[]; answer: (ok: boolean) => void }[] = []
  let pendingFlush: (() => void) | null = null
  const store = createShortCiteStore(
    (locale, ids) =>
      new Promise((resolve) => {
        calls.push({ locale, ids, answer: (ok) => resolve(ok ? ids.filter(known).map(entry) : null) })
      }),
    { requestSize: 200, schedule: (flush) => (pendingFlush = flush) },
  )
  const flush = () => {
    pendingFlush?.()
    pendingFlush = null
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  return { store, calls, flush, settle }
}

describe('the short-cite store', () => {
  it('asks for the works of 450 chips mounting together in three requests sent side by side, each work once', async () => {
    const { store, calls, flush } = harness()
    for (let chip = 0; chip < 450; chip++) store.request('en', String(chip % 420))
    expect(calls).toHaveLength(0)
    flush()
    // All three are on their way before any answers: none waits for another.
    expect(calls.map((call) => call.ids.length)).toEqual([200, 200, 20])
    expect(new Set(calls.flatMap((call) => call.ids)).size).toBe(420)
  })

  it('answers a work asked for again from the store, and says which works do not exist', async () => {
    const { store, calls, flush, settle } = harness((id) => id !== 'gone')
    let changes = 0
    store.subscribe(() => changes++)
    store.request('zh', 'a')
    store.request('zh', 'gone')
    expect(store.state('zh', 'a')).toEqual({ status: 'loading' })
    flush()
    calls[0]!.answer(true)
    await settle()
    expect(changes).toBe(1)
    expect(store.state('zh', 'a')).toEqual({ status: 'found', entry: entry('a') })
    expect(store.state('zh', 'gone')).toEqual({ status: 'missing' })
    store.request('zh', 'a')
    flush()
    expect(calls).toHaveLength(1)
  })

  it('keeps the locales apart', () => {
    const { store, calls, flush } = harness()
    store.request('en', 'a')
    store.request('zh', 'a')
    flush()
    expect(calls.map((call) => [call.locale, call.ids])).toEqual([
      ['en', ['a']],
      ['zh', ['a']],
    ])
  })

  it('says a request failed, and asks again for its works when a chip wants them', async () => {
    const { store, calls, flush, settle } = harness()
    store.request('en', 'a')
    flush()
    calls[0]!.answer(false)
    await settle()
    expect(store.state('en', 'a')).toEqual({ status: 'failed' })
    store.request('en', 'a')
    flush()
    expect(calls).toHaveLength(2)
  })
})
