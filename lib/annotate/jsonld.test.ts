import { describe, expect, it } from 'vitest'

import { ANNO_CONTEXT, parseJsonLd, parseTargetIri, toCollection, toJsonLd, type AnnotationRecord } from './jsonld'
import { describeRange } from './selectors'

const BASE = 'http://localhost:3000'
const text = '第二次围困从1686年七月持续到次年，清军十万人。'
const start = text.indexOf('十万')

const record: AnnotationRecord = {
  id: '42',
  target: { kind: 'article', id: '7', locale: 'zh' },
  quote: describeRange(text, start, start + 2),
  motivation: 'correcting',
  body: 'The source says ten thousand.',
  suggestedReplacement: '一万',
  author: { id: '3', name: 'Historian' },
  created: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T11:00:00.000Z',
  replies: [{ author: { id: '2', name: null }, body: 'Agreed.', created: '2026-12-01T12:00:00.000Z' }],
}

describe('W3C JSON-LD', () => {
  it('serialises an annotation with the model’s context, type, target source IRI and both selectors', () => {
    const jsonld = toJsonLd(record, BASE)
    expect(jsonld).toMatchObject({
      '@context': ANNO_CONTEXT,
      id: `${BASE}/api/annotations/42`,
      type: 'Annotation',
      motivation: 'editing',
      creator: { id: `${BASE}/api/users/3`, type: 'Person', name: 'Historian' },
      target: {
        source: `${BASE}/api/articles/7?locale=zh`,
        selector: [
          { type: 'TextQuoteSelector', exact: '十万', prefix: '第二次围困从1686年七月持续到次年，清军', suffix: '人。' },
          { type: 'TextPositionSelector', start, end: start + 2 },
        ],
      },
    })
    expect(jsonld.body).toEqual([
      { type: 'TextualBody', value: 'The source says ten thousand.', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '一万', format: 'text/plain', purpose: 'editing' },
      { type: 'TextualBody', value: 'Agreed.', format: 'text/plain', purpose: 'replying', creator: { id: `${BASE}/api/users/2`, type: 'Person' }, created: '2026-12-01T12:00:00.000Z' },
    ])
  })

  it('reads back what it wrote', () => {
    const parsed = parseJsonLd(JSON.parse(JSON.stringify(toJsonLd(record, BASE))), BASE)
    expect(parsed).toEqual({ ok: true, annotation: { target: record.target, quote: record.quote, motivation: 'correcting', body: record.body, suggestedReplacement: '一万' } })
    const question = parseJsonLd(toJsonLd({ ...record, motivation: 'flagging-mt-error', suggestedReplacement: null, target: { kind: 'source', id: 'abc', locale: null } }, BASE), BASE)
    expect(question.ok && question.annotation.motivation).toBe('flagging-mt-error')
    expect(question.ok && question.annotation.target).toEqual({ kind: 'source', id: 'abc', locale: null })
  })

  it('gathers one document’s annotations into an AnnotationCollection', () => {
    const collection = toCollection([record, { ...record, id: '43' }], BASE, `${BASE}/api/annotations/jsonld?article=7&locale=zh`, 'Annotations')
    expect(collection).toMatchObject({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage', startIndex: 0, id: `${BASE}/api/annotations/jsonld?article=7&locale=zh&page=1` } })
    expect(collection.first.items.map((item) => item.id)).toEqual([`${BASE}/api/annotations/42`, `${BASE}/api/annotations/43`])
  })

  const valid = () => JSON.parse(JSON.stringify(toJsonLd(record, BASE))) as Record<string, unknown>
  const reasons = (value: unknown) => {
    const parsed = parseJsonLd(value, BASE)
    return parsed.ok ? [] : parsed.reasons
  }

  it('refuses what the model requires but is missing, saying which part', () => {
    expect(reasons({ ...valid(), '@context': 'http://schema.org' })).toEqual([`@context: @context must include ${ANNO_CONTEXT}`])
    expect(reasons({ ...valid(), type: 'Note' })).toEqual(['type: type must be Annotation'])
    const { target: _target, ...noTarget } = valid()
    expect(reasons(noTarget)[0]).toMatch(/^target: target must be a SpecificResource/)
    expect(reasons({ ...valid(), target: `${BASE}/api/articles/7` })[0]).toMatch(/bare IRI/)
    expect(reasons({ ...valid(), target: { source: `${BASE}/api/articles/7`, selector: { type: 'TextPositionSelector', start: 0, end: 2 } } })).toEqual(['target.selector: the target needs a TextQuoteSelector: an annotation is on words, not a whole document'])
    expect(reasons({ ...valid(), target: { source: `${BASE}/api/articles/7`, selector: [{ type: 'TextQuoteSelector', exact: '  ' }] } })[0]).toMatch(/^target\.selector\.0\.exact/)
    expect(reasons('not an object')).toHaveLength(1)
  })

  it('refuses motivations and targets it does not know, and selectors that disagree', () => {
    expect(reasons({ ...valid(), motivation: 'bookmarking' })).toEqual([expect.stringMatching(/^motivation: "bookmarking" is not one of/)])
    expect(reasons({ ...valid(), target: { source: 'https://example.org/api/articles/7', selector: { type: 'TextQuoteSelector', exact: '十万' } } })).toEqual([expect.stringMatching(/^target\.source: https:\/\/example\.org\/api\/articles\/7 is not a source or article of this site/)])
    expect(reasons({ ...valid(), target: { source: '/api/articles/7', selector: [{ type: 'TextQuoteSelector', exact: '十万' }, { type: 'TextPositionSelector', start: 3, end: 9 }] } })).toEqual([expect.stringMatching(/does not span as many characters/)])
    expect(reasons({ ...valid(), target: { source: '/api/articles/7', selector: [{ type: 'TextQuoteSelector', exact: '十万' }, { type: 'TextPositionSelector', start: 3, end: 3 }] } })[0]).toMatch(/must end after it starts/)
  })

  it('names targets by their REST address, relative or absolute, an article in English unless its locale is given', () => {
    expect(parseTargetIri('/api/articles/7', BASE)).toEqual({ kind: 'article', id: '7', locale: 'en' })
    expect(parseTargetIri(`${BASE}/api/sources/65a1f`, BASE)).toEqual({ kind: 'source', id: '65a1f', locale: null })
    expect(parseTargetIri('/api/articles/7?locale=fr', BASE)).toBeNull()
    expect(parseTargetIri('/api/users/7', BASE)).toBeNull()
  })
})
