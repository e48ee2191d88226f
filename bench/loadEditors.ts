/**
 * The editors of `npm run test:load`: each has an article of its own (a
 * published copy of a founding article) and saves drafts of it the way the
 * admin's autosave does — PATCH /api/articles/:id?autosave=true&draft=true
 * with the whole document and a changed body, one request in flight, then the
 * autosave interval — until told to stop. Afterwards `verify` reads every
 * article back and counts the acknowledged saves whose text is not the stored
 * draft, and any change that reached the published version.
 */
import { quantile } from './loadFigures'

type Doc = Record<string, unknown> & { id: number | string; body: { root: { children: unknown[] } } }

export type EditorFigures = {
  editors: number
  saves: number
  errors: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** When the saves of 500 ms or more started, in seconds from the start of the run: a burst at the start, or throughout. */
  slowSavesAtSeconds: number[]
  lost: number
  publishedChanged: number
  versionsPerArticle: number[]
}

const marker = (editor: number, save: number) => `Load editor ${editor}, draft ${save}: 编辑者 ${editor} 第 ${save} 稿.`

function withEdit(body: Doc['body'], text: string): Doc['body'] {
  const paragraph = { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }
  return { ...body, root: { ...body.root, children: [...body.root.children, paragraph] } }
}

const bodyText = (doc: Doc) => JSON.stringify(doc.body)

export class Editors {
  private durations: number[] = []
  private slowAt: number[] = []
  private startedAt = 0
  private errors = 0
  private lastAcknowledged = new Map<number, string>()
  /** Saves sent after an editor's last acknowledged one that failed or timed out: the server may still have stored them. */
  private unconfirmed = new Map<number, string[]>()
  private echoMismatches = 0
  private running = false
  private loops: Promise<void>[] = []

  private constructor(
    private origin: string,
    private headers: Record<string, string>,
    private articles: Doc[],
    private locale: string,
    private intervalMs: number,
  ) {}

  /** Makes `count` published articles from the founding ones, one per editor. */
  static async prepare(origin: string, token: string, count: number, intervalMs: number): Promise<Editors> {
    const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const locale = 'en'
    const { docs } = (await (await fetch(`${origin}/api/articles?depth=0&limit=0&locale=${locale}&fallback-locale=null&where[_status][equals]=published`, { headers })).json()) as { docs: Doc[] }
    const templates = docs.filter((doc) => doc.body?.root)
    if (!templates.length) throw new Error('no published English article to copy for the editors')
    const articles: Doc[] = []
    for (let i = 0; i < count; i++) {
      const { title, summary, body, places, people, sources } = templates[i % templates.length]!
      const response = await fetch(`${origin}/api/articles?depth=0&locale=${locale}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: `${String(title)} (load ${i + 1})`, summary, body, places, people, sources, _status: 'published' }),
      })
      if (!response.ok) throw new Error(`could not create the article of editor ${i + 1}: ${response.status} ${await response.text()}`)
      articles.push(((await response.json()) as { doc: Doc }).doc)
    }
    return new Editors(origin, headers, articles, locale, intervalMs)
  }

  /** An article an editor is working on, for the readers to read while it changes. */
  get firstSlug(): string {
    return String(this.articles[0]!.slug)
  }

  /** Starts the measured run: the figures count from here. */
  start(): void {
    this.durations = []
    this.slowAt = []
    this.startedAt = performance.now()
    this.errors = 0
    this.running = true
    this.loops = this.articles.map((article, editor) => this.edit(article, editor + 1))
  }

  async stop(): Promise<void> {
    this.running = false
    await Promise.all(this.loops)
  }

  private saves = new Map<number, number>()

  private async edit(article: Doc, editor: number): Promise<void> {
    // People's autosaves are not in step: the editors start spread over one interval (in lockstep, the first
    // ten saves arrived as one burst and were every save over 500 ms; slowSavesAtSeconds shows such bursts).
    await new Promise((resolve) => setTimeout(resolve, ((editor - 1) * this.intervalMs) / this.articles.length))
    while (this.running) {
      await this.save(editor)
      if (this.intervalMs) await new Promise((resolve) => setTimeout(resolve, this.intervalMs))
    }
  }

  /** One draft save by editor `editor` (1-based) of its article, recorded like every other. */
  async save(editor: number): Promise<void> {
    const article = this.articles[editor - 1]!
    const save = (this.saves.get(editor) ?? 0) + 1
    this.saves.set(editor, save)
    const url = `${this.origin}/api/articles/${article.id}?autosave=true&depth=0&draft=true&fallback-locale=null&locale=${this.locale}`
    const text = marker(editor, save)
    const started = performance.now()
    try {
      const response = await fetch(url, { method: 'PATCH', headers: this.headers, body: JSON.stringify({ ...article, body: withEdit(article.body, text), _status: 'draft' }), signal: AbortSignal.timeout(10_000) })
      const answer = (await response.json()) as { doc?: Doc }
      if (!response.ok || !answer.doc) throw new Error(`answered ${response.status}`)
      this.lastAcknowledged.set(editor, text)
      this.unconfirmed.set(editor, [])
      if (!bodyText(answer.doc).includes(text)) this.echoMismatches++
    } catch {
      this.errors++
      this.unconfirmed.set(editor, [...(this.unconfirmed.get(editor) ?? []), text])
    } finally {
      const took = performance.now() - started
      this.durations.push(took)
      if (took >= 500) this.slowAt.push(Math.round((started - this.startedAt) / 100) / 10)
    }
  }

  /** Reads each article back: its draft must hold the last acknowledged save, its published version none. */
  async verify(): Promise<EditorFigures> {
    let lost = this.echoMismatches
    let publishedChanged = 0
    const versionsPerArticle: number[] = []
    for (const [index, article] of this.articles.entries()) {
      const read = async (draft: boolean) =>
        ((await (await fetch(`${this.origin}/api/articles/${article.id}?depth=0&draft=${draft}&locale=${this.locale}&fallback-locale=null`, { headers: this.headers })).json()) as Doc)
      const expected = this.lastAcknowledged.get(index + 1)
      const draft = bodyText(await read(true))
      const laterAttempts = this.unconfirmed.get(index + 1) ?? []
      if (expected && !draft.includes(expected) && !laterAttempts.some((text) => draft.includes(text))) lost++
      if (bodyText(await read(false)).includes('Load editor ')) publishedChanged++
      const versions = (await (await fetch(`${this.origin}/api/articles/versions?depth=0&limit=1&where[parent][equals]=${article.id}`, { headers: this.headers })).json()) as { totalDocs: number }
      versionsPerArticle.push(versions.totalDocs)
    }
    const sorted = [...this.durations].sort((a, b) => a - b)
    return {
      editors: this.articles.length,
      saves: this.durations.length,
      errors: this.errors,
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      maxMs: Math.round(sorted.at(-1) ?? 0),
      slowSavesAtSeconds: [...this.slowAt].sort((a, b) => a - b),
      lost,
      publishedChanged,
      versionsPerArticle,
    }
  }
}
