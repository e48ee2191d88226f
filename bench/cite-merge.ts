/**
 * bench/cite-merge: time to merge a work cited 500 times into another, through
 * server/bibliography/mergeWorks on a fresh SQLite database: 50 published
 * articles, each citing the work 5 times in its English body and 5 times in
 * its Chinese one (half of them also with a newer draft citing it), plus an
 * infobox source. Wall and CPU time of the one transaction. Prints them and
 * writes bench/results/cite-merge.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ARTICLES = 50
const USES_PER_BODY = 5

const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-bench-cite-merge-'))
Object.assign(process.env, { DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') })
delete process.env.DATABASE_URI
const { getPayload } = await import('payload')
const { default: config } = await import('@/payload.config')
const { mergeWorks } = await import('@/server/bibliography/mergeWorks')

const payload = await getPayload({ config })
const editor = await payload.create({ collection: 'users', data: { email: 'bench-merge@bench.local', password: 'bench-merge-password', roles: ['editor'] } })
const user = { ...editor, collection: 'users' as const }

const survivor = await payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'The Argun Frontier Posts' }, authors: [{ family: 'Orlov', given: 'Ivan' }], issued: '1994' } })
const duplicate = await payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'The Argun frontier posts, 1689–1727' }, authors: [{ family: 'Orlov' }], issued: '1994' } })

const cite = (id: string) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'cite', citation: duplicate.id, locatorType: 'page', locator: '12' } })
const body = (words: string, prefix: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: Array.from({ length: USES_PER_BODY }, (_, index) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `${words} ${index + 1}.` }, cite(`${prefix}-${index}`)] })),
  },
})

let uses = 0
for (let index = 0; index < ARTICLES; index++) {
  const article = await payload.create({
    collection: 'articles',
    data: { title: `Garrison ${index + 1}`, _status: 'published', body: body('The post held', `e${index}`), infobox: { citations: [{ value: 'date', citation: duplicate.id }] } } as never,
  })
  await payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: `哨所${index + 1}`, body: body('哨所守住', `z${index}`), _status: 'published' } as never })
  uses += USES_PER_BODY * 2
  if (index % 2 === 0) await payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: `Garrison ${index + 1} (draft)`, body: body('The post held on', `d${index}`) } as never })
}

const cpu = process.cpuUsage()
const started = performance.now()
const result = await mergeWorks(payload, user, String(duplicate.id), String(survivor.id))
const wallMs = Math.round(performance.now() - started)
const spent = process.cpuUsage(cpu)
const cpuMs = Math.round((spent.user + spent.system) / 1000)

console.log(`merge of a work cited ${uses} times in ${ARTICLES} published articles (2 locales, half with a newer draft, an infobox source each):`)
console.log(`  ${result.uses} uses moved in ${result.articles} articles: ${wallMs} ms wall, ${cpuMs} ms CPU (load average ${os.loadavg()[0]?.toFixed(1)})`)
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/cite-merge.json', `${JSON.stringify({ date: new Date().toISOString(), citedTimes: uses, articles: ARTICLES, moved: result.uses, wallMs, cpuMs, loadAverage: os.loadavg()[0] }, null, 2)}\n`)
await payload.destroy()
rmSync(dataDir, { recursive: true, force: true })
