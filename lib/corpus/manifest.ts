import { parsePartialDate } from '@/lib/dates'

/** The languages a corpus document can be written in. */
export const MANIFEST_LANGUAGES = ['en', 'zh'] as const
export type ManifestLanguage = (typeof MANIFEST_LANGUAGES)[number]

/** The source kinds of the sources collection (kept in step with collections/sources SOURCE_KINDS). */
export const MANIFEST_KINDS = ['encyclopedia', 'wiki', 'machine-translation', 'primary', 'secondary'] as const
export type ManifestKind = (typeof MANIFEST_KINDS)[number]

/** What the platform knows about a corpus document besides its text: `corpus/<name>.json` beside `corpus/<name>.txt`. */
export type Manifest = {
  title: string
  language: ManifestLanguage
  kind: ManifestKind
  origin: {
    site: string
    url: null | string
    /** ISO date (YYYY-MM-DD) the text was retrieved. */
    retrieved: string
    licence: string
    attribution: string
  }
  machineTranslated: boolean
  translatedFrom: ManifestLanguage | null
  /** Whether the source itself may be shown on the public site. */
  public: boolean
  publishOnFirstStart: boolean
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function text(record: Record<string, unknown>, field: string, path: string): string {
  const value = record[field]
  if (typeof value !== 'string' || !value.trim()) throw new Error(`Manifest field "${path}" must be a non-empty string.`)
  return value
}

function flag(record: Record<string, unknown>, field: string): boolean {
  const value = record[field]
  if (typeof value !== 'boolean') throw new Error(`Manifest field "${field}" must be true or false.`)
  return value
}

function oneOf<T extends string>(record: Record<string, unknown>, field: string, allowed: readonly T[], path = field): T {
  const value = record[field]
  // Stryker disable next-line ConditionalExpression: the type test narrows for the compiler; includes() alone already refuses a non-string
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Error(`Manifest field "${path}" must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`)
  }
  return value as T
}

/** Validates a parsed manifest JSON and returns it typed; throws an Error naming the first bad field. */
export function parseManifest(json: unknown): Manifest {
  if (!isRecord(json)) throw new Error('Manifest must be a JSON object.')
  const origin = json.origin
  if (!isRecord(origin)) throw new Error('Manifest field "origin" must be an object.')
  const url = origin.url
  if (url !== null && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))) {
    throw new Error('Manifest field "origin.url" must be an http(s) URL or null.')
  }
  const retrieved = text(origin, 'retrieved', 'origin.retrieved')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(retrieved) || !parsePartialDate(retrieved)) {
    throw new Error(`Manifest field "origin.retrieved" must be an ISO date (YYYY-MM-DD); got "${retrieved}".`)
  }
  const translatedFrom = json.translatedFrom === null ? null : oneOf(json, 'translatedFrom', MANIFEST_LANGUAGES)
  const machineTranslated = flag(json, 'machineTranslated')
  if (machineTranslated && translatedFrom === null) {
    throw new Error('Manifest field "translatedFrom" must name the original language of a machine-translated document.')
  }
  return {
    title: text(json, 'title', 'title'),
    language: oneOf(json, 'language', MANIFEST_LANGUAGES),
    kind: oneOf(json, 'kind', MANIFEST_KINDS),
    origin: {
      site: text(origin, 'site', 'origin.site'),
      url,
      retrieved,
      licence: text(origin, 'licence', 'origin.licence'),
      attribution: text(origin, 'attribution', 'origin.attribution'),
    },
    machineTranslated,
    translatedFrom,
    public: flag(json, 'public'),
    publishOnFirstStart: flag(json, 'publishOnFirstStart'),
  }
}
