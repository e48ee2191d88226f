import { describe, expect, it } from 'vitest'

import { acceptedOrigins, originOfRequest } from './origins'

describe('acceptedOrigins', () => {
  it('gives a loopback server URL all three loopback spellings, same scheme and port', () => {
    expect(acceptedOrigins('http://localhost:3000')).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])
    expect(acceptedOrigins('http://127.0.0.1:8080/')).toEqual(['http://localhost:8080', 'http://127.0.0.1:8080', 'http://[::1]:8080'])
    expect(acceptedOrigins('https://[::1]')).toEqual(['https://localhost', 'https://127.0.0.1', 'https://[::1]'])
  })

  it('gives a public server URL its own origin only', () => {
    expect(acceptedOrigins('https://annals.example.org/')).toEqual(['https://annals.example.org'])
  })
})

describe('originOfRequest', () => {
  it('is the origin the request came to when it is ours, else the server URL’s', () => {
    expect(originOfRequest('127.0.0.1:3000', 'http://localhost:3000')).toBe('http://127.0.0.1:3000')
    expect(originOfRequest('[::1]:3000', 'http://localhost:3000')).toBe('http://[::1]:3000')
    expect(originOfRequest('127.0.0.1:4000', 'http://localhost:3000')).toBe('http://localhost:3000')
    expect(originOfRequest('evil.example', 'http://localhost:3000')).toBe('http://localhost:3000')
    expect(originOfRequest(null, 'https://annals.example.org')).toBe('https://annals.example.org')
  })
})
