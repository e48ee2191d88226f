/**
 * Failed attempts counted per key, with a delay that doubles with each
 * failure past a free allowance: nothing is ever locked, a client is only
 * asked to wait (the caller answers 429 with Retry-After). In memory, per
 * process, and bounded in size; a key is forgotten once quiet long enough.
 */

export type ThrottleRule = {
  /** Failures allowed before any delay: the attempt after the last free one waits. */
  free: number
  /** Delay after the first failure past the free ones; each further failure doubles it. */
  baseDelayMs: number
  maxDelayMs: number
  /** A key with no failure for this long starts again from zero. */
  forgetAfterMs: number
}

type Entry = { failures: number; lastFailureAt: number }

export class Throttle {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly rule: ThrottleRule,
    private readonly now: () => number = () => Date.now(),
    private readonly maxEntries = 50_000,
  ) {}

  private entry(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry && this.now() - entry.lastFailureAt > this.rule.forgetAfterMs) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  /** The delay the failures so far impose, from the last failure. */
  delayAfter(failures: number): number {
    const past = failures - this.rule.free
    if (past < 0) return 0
    return Math.min(this.rule.maxDelayMs, this.rule.baseDelayMs * 2 ** Math.min(past, 40))
  }

  /** Milliseconds to wait before the next attempt under `key`; 0 when it may go ahead now. */
  waitMs(key: string): number {
    const entry = this.entry(key)
    if (!entry) return 0
    return Math.max(0, entry.lastFailureAt + this.delayAfter(entry.failures) - this.now())
  }

  /** Counts a failure; returns the failures now on record for the key. */
  fail(key: string): number {
    const failures = (this.entry(key)?.failures ?? 0) + 1
    // Re-inserted so the map stays in order of last failure, oldest first, for eviction.
    this.entries.delete(key)
    this.entries.set(key, { failures, lastFailureAt: this.now() })
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    return failures
  }

  clear(key: string): void {
    this.entries.delete(key)
  }

  /** Takes back one counted failure (an attempt counted before it was known to succeed). */
  forgive(key: string): void {
    const entry = this.entry(key)
    // Stryker disable next-line EqualityOperator: a key left with no failure counts as one forgotten
    if (entry && entry.failures > 1) entry.failures -= 1
    // Stryker disable next-line ConditionalExpression: deleting a key not there does nothing
    else if (entry) this.entries.delete(key)
  }
}

export type LoginLimits = { pair: ThrottleRule; address: ThrottleRule; account: ThrottleRule }

export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterMs: number; by: 'account from this address' | 'address' | 'account' }

/**
 * Sign-in attempts throttled three ways: one account from one address (the
 * tight limit: someone guessing one password), one address across accounts
 * (password spraying), and one account across addresses (a distributed guess,
 * loose). The account-wide limit never applies from an address the account
 * has already signed in from, so whoever hammers an account from elsewhere
 * cannot keep its owner out.
 */
export class LoginThrottle {
  private readonly pair: Throttle
  private readonly address: Throttle
  private readonly account: Throttle
  private readonly trusted = new Set<string>()

  constructor(
    limits: LoginLimits,
    now: () => number = () => Date.now(),
    private readonly maxTrusted = 50_000,
  ) {
    this.pair = new Throttle(limits.pair, now)
    this.address = new Throttle(limits.address, now)
    this.account = new Throttle(limits.account, now)
  }

  check(account: string, address: string): LoginVerdict {
    const pairKey = `${account}\n${address}`
    const waits = [
      { by: 'account from this address' as const, ms: this.pair.waitMs(pairKey) },
      { by: 'address' as const, ms: this.address.waitMs(address) },
      { by: 'account' as const, ms: this.trusted.has(pairKey) ? 0 : this.account.waitMs(account) },
    ]
    const longest = waits.reduce((a, b) => (b.ms > a.ms ? b : a))
    return longest.ms > 0 ? { allowed: false, retryAfterMs: longest.ms, by: longest.by } : { allowed: true }
  }

  /** Counts an attempt as failed on all three keys (a success then calls succeeded); returns the failures for the pair. */
  failed(account: string, address: string): number {
    this.address.fail(address)
    this.account.fail(account)
    return this.pair.fail(`${account}\n${address}`)
  }

  /** A correct password: the account's counts start again, and this address is trusted for the account. */
  succeeded(account: string, address: string): void {
    const pairKey = `${account}\n${address}`
    this.pair.clear(pairKey)
    this.account.clear(account)
    this.address.forgive(address)
    // Re-added so the set stays in order of last sign-in, oldest first, for eviction.
    this.trusted.delete(pairKey)
    this.trusted.add(pairKey)
    while (this.trusted.size > this.maxTrusted) this.trusted.delete(this.trusted.keys().next().value!)
  }
}
