import { expect } from 'vitest'

/**
 * The parts the W3C Web Annotation Data Model requires of what we export
 * (https://www.w3.org/TR/annotation-model/): checked here on their own terms,
 * not with the parser the app uses to read them back.
 */
export function expectW3CAnnotation(value: unknown) {
  const annotation = value as Record<string, unknown>
  const context = annotation['@context']
  expect(Array.isArray(context) ? context : [context], '@context').toContain('http://www.w3.org/ns/anno.jsonld')
  expect(annotation.id, 'an Annotation has exactly one IRI').toEqual(expect.stringMatching(/^https?:\/\//))
  expect([annotation.type].flat(), 'type').toContain('Annotation')
  const targets = [annotation.target].flat() as Record<string, unknown>[]
  expect(targets.length, 'at least one target').toBeGreaterThan(0)
  for (const target of targets) {
    expect(target.source, 'a SpecificResource has a source IRI').toEqual(expect.stringMatching(/^https?:\/\//))
    const selectors = [target.selector].flat() as Record<string, unknown>[]
    for (const selector of selectors) {
      if (selector.type === 'TextQuoteSelector') expect(typeof selector.exact, 'TextQuoteSelector.exact').toBe('string')
      else if (selector.type === 'TextPositionSelector') {
        expect(Number.isInteger(selector.start) && Number.isInteger(selector.end) && (selector.start as number) >= 0, 'TextPositionSelector start/end').toBe(true)
      } else throw new Error(`unexpected selector ${String(selector.type)}`)
    }
  }
  for (const body of [annotation.body ?? []].flat() as Record<string, unknown>[]) {
    expect(body.type, 'a textual body').toBe('TextualBody')
    expect(typeof body.value, 'TextualBody.value').toBe('string')
  }
}
