import type { Page } from './sendPage'

/**
 * The reading pages a server instance has already sent, as the bytes it sends
 * (server/http/readingPages.ts), for one page-cache generation at a time:
 * told of a newer generation, it forgets everything. Least recently used
 * pages make room when the byte budget is spent.
 */
export class PageMemory {
  private generation: string | undefined
  private readonly pages = new Map<string, { page: Page; cost: number }>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  /** The generation now current in the shared store; pages of any other are dropped. */
  observe(generation: string): void {
    if (generation === this.generation) return
    this.generation = generation
    this.pages.clear()
    this.bytes = 0
  }

  get(key: string): Page | undefined {
    const stored = this.pages.get(key)
    if (!stored) return undefined
    // Map order is insertion order: moving a page to the end keeps the least recently used first.
    this.pages.delete(key)
    this.pages.set(key, stored)
    return stored.page
  }

  /** Keeps a page rendered in `generation`, unless a newer generation has been seen since. */
  put(key: string, generation: string, page: Page): void {
    if (generation !== this.generation) return
    // Room for the plain body and its compressed forms, which together stay under twice its size.
    const cost = key.length + 2 * page.body.byteLength
    if (cost > this.maxBytes) return
    this.delete(key)
    this.pages.set(key, { page, cost })
    this.bytes += cost
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  get size(): number {
    return this.pages.size
  }

  private delete(key: string) {
    const stored = this.pages.get(key)
    if (!stored) return
    this.pages.delete(key)
    this.bytes -= stored.cost
  }
}
