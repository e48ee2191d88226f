// Next's cache handler (next.config.mjs `cacheHandler`): the App Router's
// full-route and data cache, kept in the database through the shared page
// cache of server/pageCache/sharedPageCache.ts. Plain JavaScript because Next
// imports it by path, during the build as well as in the server. During the
// build nothing is registered, and nothing is cached.

const registry = Symbol.for('frontier-annals.shared-page-cache')

/** @returns {import('./sharedPageCache').SharedPageCache | undefined} */
const shared = () => globalThis[registry]

export default class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    return (await shared()?.get(key)) ?? null
  }

  /** @param {string} key @param {unknown} data @param {{ cacheControl?: unknown }} ctx */
  async set(key, data, ctx) {
    await shared()?.set(key, data, ctx?.cacheControl)
  }

  async revalidateTag() {
    await shared()?.revalidate()
  }

  resetRequestCache() {}
}
