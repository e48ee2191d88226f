import crypto from 'node:crypto'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { LoginThrottle, Throttle } from '@/lib/security/throttle'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Sign-in attempts: see LoginThrottle for the three keys. Per process: each instance counts its own. */
export const signInThrottle = new LoginThrottle({
  pair: { free: 5, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: HOUR },
  address: { free: 20, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: HOUR },
  account: { free: 50, baseDelayMs: 1000, maxDelayMs: MINUTE, forgetAfterMs: HOUR },
})

/** Password-reset mails: each one is an e-mail sent, so only a few per account and per address. */
const resetByAccount = new Throttle({ free: 3, baseDelayMs: MINUTE, maxDelayMs: HOUR, forgetAfterMs: HOUR })
const resetByAddress = new Throttle({ free: 10, baseDelayMs: MINUTE, maxDelayMs: HOUR, forgetAfterMs: HOUR })

/**
 * The client's address: the last X-Forwarded-For entry, which the production
 * server (server/http/clientAddress.ts) sets from the socket, or a proxy in
 * front of it appends. A Local API call from the server's own code has none.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers?.get('x-forwarded-for')
  return forwarded?.split(',').at(-1)?.trim() || 'local'
}

const accountOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

function tooMany(req: PayloadRequest, retryAfterMs: number, what: string): never {
  const seconds = Math.ceil(retryAfterMs / 1000)
  req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
  throw new APIError(`Too many ${what}. Try again in ${seconds} s.`, 429, { retryAfter: seconds }, true)
}

/**
 * Payload 3.90's password hash (auth/strategies/local/generatePasswordSaltHash.js:
 * PBKDF2-SHA256, 600,000 iterations, 32 bytes). Computed for an e-mail with no
 * account, so that its refusal takes as long as a wrong password's: the answer
 * time does not tell which e-mails have accounts.
 */
export const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

const hashForNobody = (password: string) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest, () => resolve()),
  )

/**
 * Before Payload's own login (REST, GraphQL, the admin and the Local API all
 * run it) and forgot-password operations: refuse with 429 and Retry-After when
 * the account, the address or the pair is throttled; otherwise count the
 * attempt as failed until afterLogin says it succeeded.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'login') {
    const account = accountOf(args.data)
    const address = clientAddress(req)
    const verdict = signInThrottle.check(account, address)
    if (!verdict.allowed) {
      req.payload.logger.warn({ msg: 'sign-in throttled', account, address, by: verdict.by, retryAfterMs: verdict.retryAfterMs })
      tooMany(req, verdict.retryAfterMs, 'sign-in attempts')
    }
    const failures = signInThrottle.failed(account, address)
    if (failures > 3) req.payload.logger.warn({ msg: 'repeated sign-in attempts', account, address, failures })
    const password = (args.data as { password?: unknown }).password
    if (account && typeof password === 'string' && password.trim()) {
      const user = await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: account } } })
      if (!user) await hashForNobody(password)
    }
  }
  if (operation === 'forgotPassword') {
    const account = accountOf(args.data)
    const address = clientAddress(req)
    const wait = Math.max(resetByAccount.waitMs(account), resetByAddress.waitMs(address))
    if (wait > 0) {
      req.payload.logger.warn({ msg: 'password reset throttled', account, address, retryAfterMs: wait })
      tooMany(req, wait, 'password reset requests')
    }
    resetByAccount.fail(account)
    resetByAddress.fail(address)
  }
  return args
}

export const signedIn: CollectionAfterLoginHook = ({ req, user }) => {
  signInThrottle.succeeded(String(user.email).toLowerCase(), clientAddress(req))
}
