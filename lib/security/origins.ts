/**
 * The origins the platform answers to as itself: the configured server URL
 * and, when that is a loopback address, its other loopback spellings on the
 * same scheme and port (a browser treats http://localhost:3000,
 * http://127.0.0.1:3000 and http://[::1]:3000 as three origins).
 */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

export function acceptedOrigins(serverURL: string): string[] {
  const url = new URL(serverURL)
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [url.origin]
  const port = url.port ? `:${url.port}` : ''
  return LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${port}`)
}

/** The origin a request reached us at (from its Host header), when it is one of ours; otherwise the server URL's. */
export function originOfRequest(host: null | string | undefined, serverURL: string): string {
  const url = new URL(serverURL)
  const candidate = host ? `${url.protocol}//${host.toLowerCase()}` : ''
  return acceptedOrigins(serverURL).includes(candidate) ? candidate : url.origin
}
