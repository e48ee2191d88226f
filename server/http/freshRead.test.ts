import { describe, expect, it } from 'vitest'

import { freshRead } from './freshRead'

/** A read whose answers the test releases one at a time; `value` is what the data source holds when a read starts. */
function controlledRead() {
  let value = 0
  const pending: (() => void)[] = []
  let started = 0
  const read = () => {
    started++
    const seen = value
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)))
  }
  const releaseNext = async () => {
    pending.shift()?.()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  const untilStarted = async (count: number) => {
    while (started < count) await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { read, releaseNext, untilStarted, set: (next: number) => (value = next), started: () => started }
}

describe('freshRead', () => {
  it('never answers a caller with a read that began before it asked', async () => {
    const source = controlledRead()
    const current = freshRead(source.read)
    const first = current()
    await source.untilStarted(1)
    source.set(1) // a write lands while the first read is under way
    const second = current()
    await source.releaseNext()
    await source.releaseNext()
    expect(await first).toBe(0)
    expect(await second).toBe(1)
  })

  it('lets callers that arrive during one read share the next one', async () => {
    const source = controlledRead()
    const current = freshRead(source.read)
    const first = current()
    await source.untilStarted(1)
    const waiting = [current(), current(), current()]
    await source.releaseNext()
    await source.releaseNext()
    await Promise.all([first, ...waiting])
    expect(source.started()).toBe(2)
  })

  it('lets the callers of one turn of the event loop share one read', async () => {
    let reads = 0
    const current = freshRead(async () => ++reads)
    expect(await Promise.all([current(), current(), current()])).toEqual([1, 1, 1])
    expect(await current()).toBe(2)
  })

  it('reads again after a failed read', async () => {
    let calls = 0
    const current = freshRead(async () => {
      calls++
      if (calls === 1) throw new Error('database away')
      return 'up'
    })
    await expect(current()).rejects.toThrow('database away')
    expect(await current()).toBe('up')
  })
})
