import type { Page } from '@playwright/test'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Aborts every request that would leave this machine, as on a server with no internet; returns the URLs it stopped. */
export async function blockNonLocalRequests(page: Page): Promise<string[]> {
  const blocked: string[] = []
  await page.route(
    (url) => !LOCAL_HOSTS.has(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      blocked.push(route.request().url())
      await route.abort('internetdisconnected')
    },
  )
  return blocked
}
