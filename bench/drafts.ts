/**
 * bench/drafts: what a draft save and a draft read cost as an article's history
 * grows, through the Local API on a fresh SQLite database with the founding
 * corpus. An editor's "Save draft" (a new version each time) on the longest
 * English article, measured at 1, 25, 50 and 99 versions: CPU time of this
 * process (the serving thread's cost: the SQLite driver runs on it) and wall
 * time, per save and per draft read; then the same for autosave, which keeps
 * rewriting one version. Prints a table and writes bench/results/drafts.json.
 * With DRAFTS_CPU_PROFILE=<file.cpuprofile>, the saves and reads measured (not
 * the set-up) are also recorded as a V8 CPU profile there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-bench-drafts-'))
Object.assign(process.env, { DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') })
const { getPayload } = await import('payload')
const { default: config } = await import('@/payload.config')
const { importFoundingCorpus } = await import('@/server/import')
await (await import('@/server/import/worker/build')).ensureParseWorker()

const payload = await getPayload({ config })
await importFoundingCorpus(payload, () => {})
const { docs } = await payload.find({ collection: 'articles', locale: 'en', fallbackLocale: false, depth: 0, limit: 0, where: { _status: { equals: 'published' } } })
const article = docs.filter((doc) => doc.body).sort((a, b) => JSON.stringify(b.body).length - JSON.stringify(a.body).length)[0]
if (!article) throw new Error('no published English article in the founding corpus')
const admin = await payload.create({ collection: 'users', data: { email: 'bench-drafts@bench.local', password: 'bench-drafts-password', roles: ['editor'] } })
const user = { ...admin, collection: 'users' as const }
const body = article.body as { root: { children: unknown[] } }

const save = (n: number, autosave: boolean) =>
  payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    draft: true,
    autosave,
    depth: 0,
    user,
    overrideAccess: false,
    data: { ...article, _status: 'draft', body: { ...body, root: { ...body.root, children: [...body.root.children, { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `Draft ${n}. 第 ${n} 稿。` }] }] } } } as never,
  })
const read = () => payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true, depth: 0, user, overrideAccess: false })

/** Mean CPU and wall milliseconds of `times` runs of `work`. */
async function cost(times: number, work: (i: number) => Promise<unknown>) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < times; i++) await work(i)
  const used = process.cpuUsage(cpu)
  return { cpuMs: Math.round((used.user + used.system) / 1000 / times), wallMs: Math.round((performance.now() - started) / times) }
}

const profileFile = process.env.DRAFTS_CPU_PROFILE
const profiler = profileFile ? new (await import('node:inspector/promises')).Session() : null
if (profiler) {
  profiler.connect()
  await profiler.post('Profiler.enable')
  await profiler.post('Profiler.start')
}

const versionCount = async () => (await payload.countVersions({ collection: 'articles', where: { parent: { equals: article.id } } })).totalDocs
const rows: { kind: string; versions: number; save: { cpuMs: number; wallMs: number }; read: { cpuMs: number; wallMs: number } }[] = []
let saved = 0
for (const target of [1, 25, 50, 99]) {
  while ((await versionCount()) < target - 4) await save(++saved, false)
  const measuredSave = await cost(4, () => save(++saved, false))
  rows.push({ kind: 'save draft', versions: await versionCount(), save: measuredSave, read: await cost(5, read) })
}
const measuredAutosave = await cost(20, () => save(++saved, true))
rows.push({ kind: 'autosave', versions: await versionCount(), save: measuredAutosave, read: await cost(5, read) })

if (profiler && profileFile) {
  const { profile } = await profiler.post('Profiler.stop')
  writeFileSync(profileFile, JSON.stringify(profile))
  console.log(`  CPU profile of the measured saves and reads: ${profileFile}`)
}

console.log(`\nbench/drafts — article of ${JSON.stringify(body).length.toLocaleString('en')} bytes of rich text`)
console.log('  kind          versions   save cpu ms   save wall ms   read cpu ms   read wall ms')
for (const row of rows) {
  console.log(`  ${row.kind.padEnd(12)} ${String(row.versions).padStart(9)} ${String(row.save.cpuMs).padStart(13)} ${String(row.save.wallMs).padStart(14)} ${String(row.read.cpuMs).padStart(13)} ${String(row.read.wallMs).padStart(14)}`)
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/drafts.json', JSON.stringify({ date: new Date().toISOString(), articleBodyBytes: JSON.stringify(body).length, rows }, null, 2) + '\n')
console.log('  written bench/results/drafts.json')
await payload.destroy()
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
