import type { Block, CollectionConfig, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { Annotations } from '@/collections/annotations'
import { Articles } from '@/collections/articles'
import { Citations } from '@/collections/citations'
import { Events } from '@/collections/events'
import { Maps } from '@/collections/maps'
import { Media } from '@/collections/media'
import { PageCacheEntries, PageCacheGeneration } from '@/collections/pageCache'
import { People } from '@/collections/people'
import { Places } from '@/collections/places'
import { Sources } from '@/collections/sources'
import { Users } from '@/collections/users'
import { CitationNeededBlock, CiteBlock, PrimarySourceBlock } from '@/fields/richText/blocks'

const COLLECTIONS: CollectionConfig[] = [Articles, Sources, Citations, Places, People, Events, Maps, Annotations, Media, Users, PageCacheEntries]
const GLOBALS: GlobalConfig[] = [PageCacheGeneration]
/** The blocks editors insert in rich text (fields/richText). */
const RICH_TEXT_BLOCKS: Block[] = [CiteBlock, CitationNeededBlock, PrimarySourceBlock]

/** Why a label the admin shows is not in both languages, or null when it is. */
function missingLanguage(value: unknown): null | string {
  if (value === undefined) return 'none (Payload derives an English one from the name)'
  if (typeof value === 'string') return `plain string "${value}"`
  if (typeof value === 'function' || value === false) return null
  const record = value as Record<string, unknown>
  const absent = ['en', 'zh'].filter((language) => typeof record[language] !== 'string' || !record[language])
  return absent.length ? `lacks ${absent.join(', ')}` : null
}

/** Every label, option label and description of visible fields that is not in both admin languages, by path. */
function untranslated(fields: Field[], path: string): string[] {
  const problems: string[] = []
  const check = (where: string, value: unknown) => {
    const problem = missingLanguage(value)
    if (problem) problems.push(`${where}: ${problem}`)
  }
  for (const field of fields) {
    if (field.admin && 'hidden' in field.admin && field.admin.hidden) continue
    const name = 'name' in field ? field.name : undefined
    const here = name ? `${path}.${name}` : path
    if (name) check(`${here} label`, 'label' in field ? field.label : undefined)
    const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
    if (description !== undefined) check(`${here} description`, description)
    if ('labels' in field && field.labels) {
      check(`${here} labels.singular`, field.labels.singular)
      check(`${here} labels.plural`, field.labels.plural)
    }
    // Without a pattern of date-fns's localized tokens (P…), the date picker shows MM/dd/yyyy in both languages.
    if (field.type === 'date' && !/^P/.test(field.admin?.date?.displayFormat ?? '')) problems.push(`${here}: date without a localized display format`)
    if ('options' in field && Array.isArray(field.options)) {
      for (const option of field.options) {
        if (typeof option === 'string') check(`${here} option ${option}`, option)
        else check(`${here} option ${option.value}`, option.label)
      }
    }
    if (field.type === 'tabs') {
      field.tabs.forEach((tab, index) => {
        const tabPath = `${here}.tab${'name' in tab && tab.name ? `:${tab.name}` : index}`
        check(`${tabPath} label`, tab.label)
        if (tab.description !== undefined) check(`${tabPath} description`, tab.description)
        problems.push(...untranslated(tab.fields, tabPath))
      })
    }
    if (field.type === 'collapsible') check(`${here} label`, field.label)
    if (field.type === 'blocks') {
      for (const block of field.blocks) {
        if (typeof block === 'string') continue
        check(`${here}.${block.slug} labels.singular`, block.labels?.singular)
        check(`${here}.${block.slug} labels.plural`, block.labels?.plural)
        problems.push(...untranslated(block.fields, `${here}.${block.slug}`))
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) problems.push(...untranslated(field.fields, here))
  }
  return problems
}

const visible = <T extends { admin?: { hidden?: unknown } }>(configs: T[]) => configs.filter((config) => !config.admin?.hidden)

describe('admin labels in both languages', () => {
  it('walks the nested fields: a plain-string label deep in a row in an array is found', () => {
    const nested: Field[] = [
      { name: 'outer', type: 'array', label: { en: 'Outer', zh: '外' }, labels: { singular: { en: 'O', zh: '外' }, plural: { en: 'Os', zh: '外' } }, fields: [{ type: 'row', fields: [{ name: 'deep', type: 'text', label: 'Deep' }] }] },
      { name: 'secret', type: 'text', admin: { hidden: true } },
      { name: 'when', type: 'date', label: { en: 'When', zh: '时间' } },
    ]
    expect(untranslated(nested, 'test')).toEqual(['test.outer.deep label: plain string "Deep"', 'test.when: date without a localized display format'])
  })

  it.each(visible(COLLECTIONS).map((collection) => [collection.slug, collection] as const))('collection %s', (_slug, collection) => {
    const problems = untranslated(collection.fields, collection.slug)
    const labels = collection.labels
    for (const [which, value] of Object.entries({ singular: labels?.singular, plural: labels?.plural })) {
      const problem = missingLanguage(value)
      if (problem) problems.push(`${collection.slug} labels.${which}: ${problem}`)
    }
    const group = collection.admin?.group
    if (group !== undefined && missingLanguage(group)) problems.push(`${collection.slug} admin.group: ${missingLanguage(group)}`)
    if (collection.admin?.description !== undefined && missingLanguage(collection.admin.description)) problems.push(`${collection.slug} admin.description`)
    expect(problems).toEqual([])
  })

  it('the rich-text blocks', () => {
    expect(untranslated([{ name: 'body', type: 'blocks', label: { en: 'Body', zh: '正文' }, blocks: RICH_TEXT_BLOCKS }], 'richText')).toEqual([])
  })

  it.each(visible(GLOBALS).map((global) => [global.slug, global] as const))('global %s', (_slug, global) => {
    expect([...untranslated(global.fields, global.slug), ...(missingLanguage(global.label) ? [`${global.slug} label`] : [])]).toEqual([])
  })
})
