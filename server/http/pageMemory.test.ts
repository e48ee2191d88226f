import { describe, expect, it } from 'vitest'

import { PageMemory } from './pageMemory'
import { pageOf } from './sendPage'

const pageOfSize = (bytes: number, text = 'x') => pageOf(200, { 'content-type': 'text/html' }, Buffer.alloc(bytes, text))

describe('PageMemory', () => {
  it('keeps a page for the generation it was rendered in', () => {
    const memory = new PageMemory(1_000_000)
    memory.observe('g1')
    const page = pageOfSize(100)
    memory.put('/en', 'g1', page)
    expect(memory.get('/en')).toBe(page)
    expect(memory.get('/zh')).toBeUndefined()
  })

  it('forgets every page when a newer generation is seen', () => {
    const memory = new PageMemory(1_000_000)
    memory.observe('g1')
    memory.put('/en', 'g1', pageOfSize(100))
    memory.observe('g2')
    expect(memory.get('/en')).toBeUndefined()
    expect(memory.size).toBe(0)
  })

  it('does not keep a page rendered before the generation it would be served in', () => {
    const memory = new PageMemory(1_000_000)
    memory.observe('g1')
    memory.observe('g2') // a publish seen by another request while this one was rendering
    memory.put('/en/articles/a', 'g1', pageOfSize(100))
    expect(memory.get('/en/articles/a')).toBeUndefined()
  })

  it('makes room by dropping the least recently used pages', () => {
    const memory = new PageMemory(2 * 3 * 1000 + 100) // room for three pages of 1000 bytes
    memory.observe('g')
    for (const key of ['/a', '/b', '/c']) memory.put(key, 'g', pageOfSize(1000))
    memory.get('/a') // /b is now the least recently used
    memory.put('/d', 'g', pageOfSize(1000))
    expect(memory.get('/b')).toBeUndefined()
    for (const key of ['/a', '/c', '/d']) expect(memory.get(key)).toBeDefined()
  })

  it('replaces a page stored again under the same address without counting it twice', () => {
    const memory = new PageMemory(2 * 2 * 1000 + 100)
    memory.observe('g')
    memory.put('/a', 'g', pageOfSize(1000, 'a'))
    memory.put('/a', 'g', pageOfSize(1000, 'b'))
    memory.put('/c', 'g', pageOfSize(1000))
    expect(memory.get('/a')?.body.toString()).toMatch(/^b+$/)
    expect(memory.get('/c')).toBeDefined()
  })

  it('never keeps a page larger than its whole budget', () => {
    const memory = new PageMemory(1000)
    memory.observe('g')
    memory.put('/big', 'g', pageOfSize(1000))
    expect(memory.get('/big')).toBeUndefined()
  })
})
