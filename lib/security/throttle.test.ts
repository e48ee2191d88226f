import { describe, expect, it } from 'vitest'

import { LoginThrottle, Throttle, type LoginLimits } from './throttle'

const clock = () => {
  let now = 1_000_000
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('Throttle', () => {
  const rule = { free: 3, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 3_600_000 }

  it('lets the free failures through, then doubles the wait with each failure up to the cap', () => {
    const time = clock()
    const throttle = new Throttle(rule, time.now)
    for (let i = 0; i < 2; i++) throttle.fail('k')
    expect(throttle.waitMs('k')).toBe(0)
    const waits: number[] = []
    for (let i = 0; i < 10; i++) {
      throttle.fail('k')
      waits.push(throttle.waitMs('k'))
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000])
    time.advance(59_000)
    expect(throttle.waitMs('k')).toBe(1000)
    time.advance(1000)
    expect(throttle.waitMs('k')).toBe(0)
    expect(throttle.waitMs('other')).toBe(0)
  })

  it('forgets a key after a quiet period, and clears or forgives on request', () => {
    const time = clock()
    const throttle = new Throttle(rule, time.now)
    for (let i = 0; i < 6; i++) throttle.fail('k')
    time.advance(3_600_001)
    expect(throttle.waitMs('k')).toBe(0)
    expect(throttle.fail('k')).toBe(1)
    throttle.forgive('k')
    expect(throttle.fail('k')).toBe(1)
    throttle.clear('k')
    expect(throttle.fail('k')).toBe(1)
  })

  it('stays bounded in size, dropping the longest-quiet keys', () => {
    const throttle = new Throttle(rule, clock().now, 100)
    for (let i = 0; i < 1000; i++) for (let n = 0; n < 5; n++) throttle.fail(`k${i}`)
    expect(throttle.waitMs('k0')).toBe(0)
    expect(throttle.waitMs('k999')).toBeGreaterThan(0)
  })
})

describe('LoginThrottle', () => {
  const limits: LoginLimits = {
    pair: { free: 5, baseDelayMs: 1000, maxDelayMs: 900_000, forgetAfterMs: 3_600_000 },
    address: { free: 20, baseDelayMs: 1000, maxDelayMs: 900_000, forgetAfterMs: 3_600_000 },
    account: { free: 50, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 3_600_000 },
  }

  it('slows one address guessing one account, and not the owner at another address', () => {
    const throttle = new LoginThrottle(limits, clock().now)
    for (let i = 0; i < 10; i++) throttle.failed('editor@x', 'A')
    expect(throttle.check('editor@x', 'A')).toMatchObject({ allowed: false, by: 'account from this address' })
    expect(throttle.check('editor@x', 'B')).toEqual({ allowed: true })
  })

  it('slows an address spraying many accounts', () => {
    const throttle = new LoginThrottle(limits, clock().now)
    for (let i = 0; i < 25; i++) throttle.failed(`user${i}@x`, 'A')
    expect(throttle.check('someone-new@x', 'A')).toMatchObject({ allowed: false, by: 'address' })
    expect(throttle.check('someone-new@x', 'B')).toEqual({ allowed: true })
  })

  it('slows a guess spread over many addresses, except from where the owner signed in before', () => {
    const throttle = new LoginThrottle(limits, clock().now)
    throttle.failed('editor@x', 'home')
    throttle.succeeded('editor@x', 'home')
    for (let i = 0; i < 60; i++) throttle.failed('editor@x', `botnet-${i}`)
    expect(throttle.check('editor@x', 'elsewhere')).toMatchObject({ allowed: false, by: 'account' })
    expect(throttle.check('editor@x', 'home')).toEqual({ allowed: true })
  })

  it('starts an account afresh after a correct password, and does not hold it against the address', () => {
    const throttle = new LoginThrottle(limits, clock().now)
    for (let i = 0; i < 4; i++) throttle.failed('editor@x', 'A')
    expect(throttle.check('editor@x', 'A')).toEqual({ allowed: true })
    throttle.succeeded('editor@x', 'A')
    expect(throttle.failed('editor@x', 'A')).toBe(1)
    for (let i = 0; i < 30; i++) {
      throttle.failed(`user${i}@x`, 'office')
      throttle.succeeded(`user${i}@x`, 'office')
    }
    expect(throttle.check('new@x', 'office')).toEqual({ allowed: true })
  })
})

describe('Throttle at its boundaries', () => {
  const rule = { free: 3, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 3_600_000 }

  it('still remembers a key exactly the quiet period after its last failure, and forgets it a moment later', () => {
    const time = clock()
    const throttle = new Throttle(rule, time.now)
    for (let i = 0; i < 4; i++) throttle.fail('k')
    time.advance(3_600_000)
    expect(throttle.fail('k')).toBe(5)
    time.advance(3_600_001)
    expect(throttle.fail('k')).toBe(1)
  })

  it('keeps exactly as many keys as its bound', () => {
    const throttle = new Throttle(rule, clock().now, 3)
    for (const key of ['a', 'b', 'c']) throttle.fail(key)
    expect(throttle.fail('a')).toBe(2)
    throttle.fail('d')
    expect(throttle.fail('b')).toBe(1)
  })

  it('forgives one failure at a time, and a key forgiven its only failure starts afresh', () => {
    const throttle = new Throttle(rule, clock().now)
    for (let i = 0; i < 3; i++) throttle.fail('k')
    throttle.forgive('k')
    expect(throttle.fail('k')).toBe(3)
    throttle.forgive('unknown')
    expect(throttle.fail('unknown')).toBe(1)
  })
})

describe('LoginThrottle at its boundaries', () => {
  const rule = { free: 2, baseDelayMs: 1000, maxDelayMs: 900_000, forgetAfterMs: 3_600_000 }
  const even: LoginLimits = { pair: rule, address: rule, account: { ...rule, free: 2 } }

  it('names the narrowest limit when two ask for the same wait', () => {
    const throttle = new LoginThrottle(even, clock().now)
    for (let i = 0; i < 3; i++) throttle.failed('editor@x', 'A')
    expect(throttle.check('editor@x', 'A')).toEqual({ allowed: false, retryAfterMs: 2000, by: 'account from this address' })
  })

  it('trusts as many sign-in places as its bound, forgetting the oldest beyond it', () => {
    const throttle = new LoginThrottle(even, clock().now, 2)
    for (const address of ['home', 'office']) throttle.succeeded('editor@x', address)
    for (let i = 0; i < 5; i++) throttle.failed('editor@x', `botnet-${i}`)
    expect(throttle.check('editor@x', 'home')).toEqual({ allowed: true })
    throttle.succeeded('other@x', 'cafe')
    expect(throttle.check('editor@x', 'home')).toMatchObject({ allowed: false, by: 'account' })
    expect(throttle.check('editor@x', 'office')).toEqual({ allowed: true })
  })
})
