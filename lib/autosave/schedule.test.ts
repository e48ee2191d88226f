import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { coalescingRunner, saveTimer } from './schedule'

describe('saveTimer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('fires once the changes pause', () => {
    const fire = vi.fn()
    const timer = saveTimer({ idleMs: 1000, maxWaitMs: 4000, fire })
    timer.touch()
    vi.advanceTimersByTime(600)
    timer.touch()
    vi.advanceTimersByTime(600)
    expect(fire).not.toHaveBeenCalled()
    vi.advanceTimersByTime(400)
    expect(fire).toHaveBeenCalledTimes(1)
  })

  it('fires every maxWait while changes never pause', () => {
    const fire = vi.fn()
    const timer = saveTimer({ idleMs: 1000, maxWaitMs: 4000, fire })
    for (let t = 0; t < 10_000; t += 200) {
      timer.touch()
      vi.advanceTimersByTime(200)
    }
    expect(fire).toHaveBeenCalledTimes(2)
  })

  it('does not fire after cancel', () => {
    const fire = vi.fn()
    const timer = saveTimer({ idleMs: 1000, maxWaitMs: 4000, fire })
    timer.touch()
    timer.cancel()
    vi.advanceTimersByTime(5000)
    expect(fire).not.toHaveBeenCalled()
  })
})

describe('coalescingRunner', () => {
  it('never runs two at once and runs once more for any number of requests made meanwhile', async () => {
    let value = 0
    const sent: number[] = []
    let concurrent = 0
    let maxConcurrent = 0
    const releases: (() => void)[] = []
    const runner = coalescingRunner(async () => {
      concurrent++
      maxConcurrent = Math.max(maxConcurrent, concurrent)
      sent.push(value)
      await new Promise<void>((resolve) => releases.push(resolve))
      concurrent--
    })
    value = 1
    const first = runner.request()
    expect(runner.busy).toBe(true)
    for (value = 2; value <= 5; value++) expect(runner.request()).toBeUndefined()
    value = 5
    releases.shift()!()
    await vi.waitFor(() => expect(releases).toHaveLength(1))
    releases.shift()!()
    await first
    expect(sent).toEqual([1, 5])
    expect(maxConcurrent).toBe(1)
    expect(runner.busy).toBe(false)
  })

  it('tells when it falls idle', async () => {
    const onIdle = vi.fn()
    const runner = coalescingRunner(async () => {}, onIdle)
    await runner.request()
    expect(onIdle).toHaveBeenCalledTimes(1)
  })
})
