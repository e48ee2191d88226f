import { describe, expect, it } from 'vitest'

import { ImportInputError } from '@/lib/corpus/parse'
import { longArticleMarkdown, nestedListMarkdown } from '@/lib/corpus/syntheticDocuments'
import { planInWorker } from './pool'

const job = (fileName: string, text: string) => ({ fileName, bytes: new TextEncoder().encode(text), plan: {} })

describe('planInWorker (the bundled worker, as the server runs it)', () => {
  it('returns the plan and what was detected', async () => {
    const { plan, detected } = await planInWorker(job('posts.md', '# Relay posts\n\nThe posts of the Ili road.[^1]\n\n[^1]: Marsh, A. (1960). *Frontier Records*. p. 4.\n'))
    expect(detected).toMatchObject({ title: 'Relay posts', language: 'en', format: 'markdown' })
    expect(plan.citations).toHaveLength(1)
  })

  it("hands the parser's refusal back as an ImportInputError with its code", async () => {
    const refusal = planInWorker(job('deep.md', nestedListMarkdown(5000, 'one-line')))
    await expect(refusal).rejects.toBeInstanceOf(ImportInputError)
    await expect(refusal).rejects.toMatchObject({ code: 'too-deep' })
  })

  it('stops a parse that outlives its time limit, refusing it, and parses the next document on a fresh worker', async () => {
    const slow = planInWorker(job('long.md', longArticleMarkdown(300_000)), 50)
    await expect(slow).rejects.toMatchObject({ code: 'too-slow', message: '"long.md" took more than 0.05 s to parse; the parse time limit is 0.05 s.' })
    const { detected } = await planInWorker(job('next.md', '# Next\n\nA paragraph.\n'))
    expect(detected.title).toBe('Next')
  })
})
