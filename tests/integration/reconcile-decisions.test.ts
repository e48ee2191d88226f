/**
 * Decisions on findings through REST (GET /api/sources/:id/findings, POST
 * …/findings/decisions): who may see and decide, what each action writes (and
 * that a refusal writes nothing), that accepting changes the article's draft
 * and never the source, and that decisions hold across a re-run of the checks
 * and a re-import of the changed source.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DecisionResponse, FindingsResponse, FindingWithDecision } from '@/lib/reconcile/api'
import { textBlocks } from '@/lib/richtext/blocks'
import type { EditorState } from '@/lib/richtext/walk'
import type { Source } from '@/payload-types'
import { importDocument } from '@/server/import'
import { createUser, startPayload, type TestPayload } from './payload'
import { chineseText, englishText, HISTORY_CHANGED, rest } from './reconcile/documents'

let test: TestPayload
const tokens: Record<'editor' | 'historian', string> = { editor: '', historian: '' }
let sourceId = ''
let articleId = ''
let placeId: number | string = ''

beforeAll(async () => {
  test = await startPayload()
  for (const role of ['editor', 'historian'] as const) {
    const { email, password } = await createUser(test.payload, role)
    tokens[role] = (await test.payload.login({ collection: 'users', data: { email, password } })).token ?? ''
  }
  const place = await test.payload.create({ collection: 'places', data: { name: 'Kashgar', names: [{ name: 'Kashgar', language: 'en', kind: 'official' }, { name: '喀什噶尔', language: 'zh', kind: 'official' }] } })
  placeId = place.id
  const imported = await importDocument(test.payload, englishText())
  sourceId = String(imported.sourceId)
  articleId = String(imported.articleId)
})
afterAll(async () => {
  await test?.close()
})

const findings = (token = tokens.editor, id = sourceId) => rest<FindingsResponse>(test.payload, 'GET', `/sources/${id}/findings`, token)
const decide = (body: Record<string, unknown>, token = tokens.editor, id = sourceId) => rest<DecisionResponse>(test.payload, 'POST', `/sources/${id}/findings/decisions`, token, body)
const findingQuoting = async (quote: string): Promise<FindingWithDecision> => {
  const found = (await findings()).body.findings.find((finding) => finding.quote === quote)
  if (!found) throw new Error(`No finding quotes "${quote}"`)
  return found
}
const decisionCount = async () => (await test.payload.count({ collection: 'finding-decisions' })).totalDocs
const articleVersionCount = async () => (await test.payload.countVersions({ collection: 'articles', where: { parent: { equals: articleId } } })).totalDocs
const draftText = async (locale: 'en' | 'zh' = 'en', id = articleId) => {
  const draft = await test.payload.findByID({ collection: 'articles', id, draft: true, locale, fallbackLocale: false, depth: 0 })
  return textBlocks(draft.body as EditorState).map((block) => block.text).join('\n')
}
const storedSource = async () => {
  const source = await test.payload.findByID({ collection: 'sources', id: sourceId, depth: 0 })
  return JSON.stringify({ rawText: source.rawText, segments: source.segments, contentHash: source.contentHash })
}

describe('GET /api/sources/:id/findings', () => {
  it('answers the public 404 and tells it nothing', async () => {
    const anonymous = await findings('')
    expect(anonymous.status).toBe(404)
    expect(JSON.stringify(anonymous.body)).not.toContain('Karasu')
  })

  it('lists the findings of the checks with keys, the article drafted from the source and the progress', async () => {
    for (const token of [tokens.historian, tokens.editor]) {
      const { status, body } = await findings(token)
      expect(status).toBe(200)
      expect(body.source).toMatchObject({ id: sourceId, title: 'Fort Karasu', language: 'en' })
      expect(body.article?.id).toBe(articleId)
      const quotes = body.findings.map((finding) => [finding.kind, finding.quote])
      expect(quotes).toEqual(expect.arrayContaining([['broken-date', '1February 864'], ['stray-punctuation', '?'], ['broken-date', '188 1'], ['pinyin-name', 'Kashengaer']]))
      expect(body.findings.every((finding) => finding.decision === null && typeof finding.key === 'string')).toBe(true)
      expect(body.progress).toMatchObject({ decided: 0, total: body.findings.length, segmentsReviewed: 0 })
    }
  })

  it('answers 404 for a source that does not exist', async () => {
    expect((await findings(tokens.editor, 'no-such-source')).status).toBe(404)
  })
})

describe('POST /api/sources/:id/findings/decisions', () => {
  it('refuses a dismissal without a reason (400) and writes nothing', async () => {
    const finding = await findingQuoting('188 1')
    const refused = await decide({ key: finding.key, action: 'dismissed' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toMatch(/why/)
    expect(await decisionCount()).toBe(0)
  })

  it('refuses the same dismissal written to the collection directly, and a historian writing anything but a dispute', async () => {
    const finding = await findingQuoting('188 1')
    const data = { source: sourceId, findingKey: finding.key, kind: finding.kind, severity: finding.severity, segmentId: finding.segmentId, quote: finding.quote, action: 'dismissed' }
    const noReason = await rest(test.payload, 'POST', '/finding-decisions', tokens.editor, data)
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toMatch(/Say why the finding is dismissed/)
    expect((await rest(test.payload, 'POST', '/finding-decisions', tokens.historian, { ...data, reason: 'Fine.' })).status).toBe(403)
    expect(await decisionCount()).toBe(0)
  })

  it('lets a historian dispute (an annotation on the range) but not accept (403)', async () => {
    const finding = await findingQuoting('?')
    const versions = await articleVersionCount()
    const accept = await decide({ key: finding.key, action: 'accepted', replacement: ',' }, tokens.historian)
    expect(accept.status).toBe(403)
    expect(await articleVersionCount()).toBe(versions)
    expect(await decisionCount()).toBe(0)

    const dispute = await decide({ key: finding.key, action: 'disputed', reason: 'The original has a question mark here too.' }, tokens.historian)
    expect(dispute.status).toBe(201)
    expect(dispute.body.decision).toMatchObject({ action: 'disputed', quote: '?' })
    const annotation = await test.payload.findByID({ collection: 'annotations', id: dispute.body.decision.annotation ?? '', depth: 0 })
    expect(annotation).toMatchObject({ motivation: 'flagging-mt-error', exact: '?', body: 'The original has a question mark here too.', target: { segmentId: finding.segmentId } })
    // The annotation's position counts in the source's raw text; the finding's within its segment.
    const stored = await test.payload.findByID({ collection: 'sources', id: sourceId, depth: 0 })
    const segment = (stored.segments as { segmentId: string; start: number }[]).find((candidate) => candidate.segmentId === finding.segmentId)!
    expect([annotation.start, annotation.end]).toEqual([segment.start + finding.start, segment.start + finding.end])
    expect(stored.rawText.slice(annotation.start!, annotation.end!)).toBe('?')
    expect(String(annotation.target?.source)).toBe(sourceId)
    // A dispute asks; it does not settle the finding.
    expect(dispute.body.progress.decided).toBe(0)
  })

  it('accepts a suggestion into a new draft version of the article, leaving the source byte-identical', async () => {
    const finding = await findingQuoting('1February 864')
    const source = await storedSource()
    const versions = await articleVersionCount()
    const accepted = await decide({ key: finding.key, action: 'accepted' })
    expect(accepted.status).toBe(201)
    expect(accepted.body.decision).toMatchObject({ action: 'accepted', replacement: 'February 1864', article: articleId, locale: 'en' })
    expect(accepted.body.progress.decided).toBe(1)
    expect(await articleVersionCount()).toBe(versions + 1)
    const text = await draftText()
    expect(text).toContain('In February 1864 the garrison')
    expect(text).not.toContain('1February 864')
    const latest = await test.payload.findVersions({ collection: 'articles', where: { parent: { equals: articleId } }, sort: '-updatedAt', limit: 1 })
    expect(accepted.body.decision.articleVersion).toBe(String(latest.docs[0]?.id))
    expect(await storedSource()).toBe(source)
  })

  it('refuses (409) a correction whose quote the article no longer has, writing nothing', async () => {
    const finding = await findingQuoting('188 1')
    const draft = await test.payload.findByID({ collection: 'articles', id: articleId, draft: true, locale: 'en', depth: 0 })
    const edited = JSON.parse(JSON.stringify(draft.body).replace('188 1', 'eighteen-eighty-one'))
    await test.payload.update({ collection: 'articles', id: articleId, locale: 'en', draft: true, data: { body: edited } })
    const [versions, decisions] = [await articleVersionCount(), await decisionCount()]
    const refused = await decide({ key: finding.key, action: 'corrected', replacement: '1881' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0]?.message).toMatch(/not in the article/)
    expect([await articleVersionCount(), await decisionCount()]).toEqual([versions, decisions])
  })

  it('refuses a stale key (409) and writes nothing', async () => {
    const finding = await findingQuoting('188 1')
    const stale = finding.key.replace('188 1', '188 2')
    const [versions, decisions] = [await articleVersionCount(), await decisionCount()]
    const refused = await decide({ key: stale, action: 'dismissed', reason: 'Fine as it is.' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0]?.message).toMatch(/no longer matches/)
    expect([await articleVersionCount(), await decisionCount()]).toEqual([versions, decisions])
  })

  it('leaves the article draft as it was when writing the decision fails (one transaction)', async () => {
    const finding = await findingQuoting('Kashengaer')
    const hooks = test.payload.collections['finding-decisions'].config.hooks
    const failing: CollectionBeforeChangeHook = () => {
      throw new Error('Injected failure writing the decision')
    }
    hooks.beforeChange = [...(hooks.beforeChange ?? []), failing]
    const before = [await articleVersionCount(), await decisionCount(), await draftText()]
    try {
      const accepted = await decide({ key: finding.key, action: 'accepted' })
      expect(accepted.status).toBe(500)
    } finally {
      hooks.beforeChange = hooks.beforeChange.filter((hook) => hook !== failing)
    }
    expect([await articleVersionCount(), await decisionCount(), await draftText()]).toEqual(before)
    expect(before[2]).toContain('Kashengaer')
  })

  it('dismisses with a reason, and adds a rendering to the authority with its kind and source', async () => {
    const dismissed = await decide({ key: (await findingQuoting('188 1')).key, action: 'dismissed', reason: 'The article was rewritten here.' })
    expect(dismissed.status).toBe(201)
    expect(dismissed.body.decision).toMatchObject({ action: 'dismissed', reason: 'The article was rewritten here.' })

    const pinyin = await findingQuoting('Kashengaer')
    const added = await decide({ key: pinyin.key, action: 'added-to-authority', authority: { collection: 'places', id: String(placeId), name: 'Kashengaer', nameKind: 'pinyin' } })
    expect(added.status).toBe(201)
    const place = await test.payload.findByID({ collection: 'places', id: placeId, depth: 0 })
    const recorded = place.names?.find((name) => name.name === 'Kashengaer')
    expect(recorded).toMatchObject({ kind: 'pinyin', language: 'en', script: 'Latn' })
    expect(String(recorded?.source)).toBe(sourceId)
  })

  it('keeps every decision attached when the checks run again', async () => {
    const { body } = await findings(tokens.historian)
    const byQuote = Object.fromEntries(body.findings.map((finding) => [finding.quote, finding.decision?.action ?? null]))
    expect(byQuote).toMatchObject({ '1February 864': 'accepted', '?': 'disputed', '188 1': 'dismissed' })
    expect(body.staleDecisions).toEqual([])
    // The dispute's annotation is that finding's decision, not one more finding.
    expect(body.findings.filter((finding) => finding.kind === 'annotation')).toEqual([])
  })
})

describe('a re-import of the changed source', () => {
  it('keeps the decisions of unchanged text and shows those of removed text as stale, attached nowhere', async () => {
    const summary = await importDocument(test.payload, englishText(HISTORY_CHANGED))
    expect(summary).toMatchObject({ status: 'updated', sourceId: expect.anything() })
    expect(String(summary.sourceId)).toBe(sourceId)
    const { body } = await findings()
    const byQuote = Object.fromEntries(body.findings.map((finding) => [finding.quote, finding.decision?.action ?? null]))
    expect(byQuote['1February 864']).toBe('accepted')
    expect(byQuote['?']).toBe('disputed')
    expect(body.findings.some((finding) => finding.quote === '188 1')).toBe(false)
    expect(body.staleDecisions.map((decision) => [decision.quote, decision.action])).toEqual([['188 1', 'dismissed']])
    expect(body.findings.filter((finding) => finding.decision?.action === 'dismissed')).toEqual([])
  })
})

describe('a Chinese source', () => {
  it('accepts the era-date repair and an annotated correction into the Chinese article draft', async () => {
    const imported = await importDocument(test.payload, chineseText())
    const id = String(imported.sourceId)
    const { body } = await findings(tokens.editor, id)
    const era = body.findings.find((finding) => finding.kind === 'era-mismatch')
    expect(era).toMatchObject({ quote: '1870', suggestion: '1864' })
    const accepted = await decide({ key: era!.key, action: 'accepted' }, tokens.editor, id)
    expect(accepted.status).toBe(201)
    expect(accepted.body.decision.locale).toBe('zh')
    expect(await draftText('zh', String(imported.articleId))).toContain('同治三年（1864年）')

    // An open correction on the source is one more finding, decided like the others.
    const segment = body.findings.find((finding) => finding.kind === 'era-mismatch')!.segmentId
    await test.payload.create({ collection: 'annotations', data: { target: { source: imported.sourceId as Source['id'], segmentId: segment }, exact: '守军', motivation: 'correcting', body: '原文作“驻军”。', suggestedReplacement: '驻军' } })
    const annotated = (await findings(tokens.editor, id)).body.findings.find((finding) => finding.kind === 'annotation')
    expect(annotated).toMatchObject({ quote: '守军', suggestion: '驻军', segmentId: segment, message: { zh: '原文作“驻军”。' } })
    expect((await decide({ key: annotated!.key, action: 'accepted' }, tokens.editor, id)).status).toBe(201)
    expect(await draftText('zh', String(imported.articleId))).toContain('驻军修缮了城墙')
    // The decision answers the annotation, which stays in the list with its decision (not stale).
    const annotation = await test.payload.find({ collection: 'annotations', where: { exact: { equals: '守军' } }, depth: 0 })
    expect(annotation.docs[0]?.status).toBe('resolved')
    const after = (await findings(tokens.editor, id)).body
    expect(after.findings.find((finding) => finding.key === annotated!.key)?.decision?.action).toBe('accepted')
    expect(after.staleDecisions).toEqual([])
  })
})
