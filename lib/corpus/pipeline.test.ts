import { describe, expect, it } from 'vitest'

import { ImportInputError } from '@/lib/corpus/parse'
import { outcomeError, planDocument, planOutcome } from '@/lib/corpus/pipeline'

const bytesOf = (text: string) => new TextEncoder().encode(text)

describe('the parse and transform stages in one call', () => {
  it('reports what it detected before any choice, and plans with the editor’s choices', () => {
    const text = '# 伊犁\n\n伊犁为将军驻地。\n'
    const { plan, detected } = planDocument({ bytes: bytesOf(text), fileName: 'ili.md', plan: { title: 'Ili (draft)', kind: 'secondary' } })
    expect(detected).toEqual({ title: '伊犁', language: 'zh', format: 'markdown', bytes: bytesOf(text).length, characters: text.length })
    expect(plan.source).toMatchObject({ title: 'Ili (draft)', kind: 'secondary', language: 'zh' })
  })

  it('reads the document in the language it is told', () => {
    const { detected, plan } = planDocument({ bytes: bytesOf('# Ili\n\nThe valley of the Ili river.\n'), fileName: 'ili.md', language: 'ru', plan: {} })
    expect([detected.language, plan.source.language]).toEqual(['ru', 'ru'])
  })

  it('carries a bad input as its code and message, and gives the error back as the caller’s class', () => {
    const outcome = planOutcome({ bytes: bytesOf('   \n'), fileName: 'empty.md', plan: {} })
    expect(outcome).toEqual({ ok: false, code: 'empty', message: '"empty.md" contains only whitespace.' })
    if (outcome.ok) return
    const error = outcomeError(outcome)
    expect(error).toBeInstanceOf(ImportInputError)
    expect(error).toMatchObject({ code: 'empty', message: outcome.message })
  })

  it('carries any other failure with its stack, as a plain error', () => {
    const outcome = planOutcome({ bytes: bytesOf('# Ili\n\nText.'), fileName: 'ili.md', plan: null as never })
    expect(outcome).toEqual({ ok: false, code: null, message: expect.stringMatching(/^TypeError: .*\n\s+at /) })
    if (outcome.ok) return
    expect(outcomeError(outcome)).not.toBeInstanceOf(ImportInputError)
    expect(outcomeError(outcome).message).toBe(outcome.message)
    expect(planOutcome({ bytes: bytesOf('# Ili\n\nText of the valley.'), fileName: 'ili.md', plan: {} })).toMatchObject({ ok: true, result: { detected: { title: 'Ili' } } })
  })
})
