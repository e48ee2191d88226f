import type { Block, Field } from 'payload'

import { NAME_LANGUAGES } from '@/fields/names'
import { label } from '@/fields/i18n'
import { checkLocator } from '@/lib/cite/locator'
import type { CiteInline } from '@/payload-types'

export const LOCATOR_TYPES = [
  { label: label('Page', '页'), value: 'page' },
  { label: label('Chapter', '章'), value: 'chapter' },
  { label: label('Section', '节'), value: 'section' },
  { label: label('Folio', '叶'), value: 'folio' },
  { label: label('Column', '栏'), value: 'column' },
  { label: label('Line', '行'), value: 'line' },
  { label: label('Note', '注'), value: 'note' },
]

/** Where in a work: the locator's type and the locator, checked as a form of that type (lib/cite/locator). */
function locatorRow(width: string): Field {
  return {
    type: 'row',
    fields: [
      { name: 'locatorType', type: 'select', options: LOCATOR_TYPES, defaultValue: 'page', label: label('Locator', '定位类型'), admin: { width: '40%' } },
      {
        name: 'locator',
        type: 'text',
        label: label('Pages, chapter, …', '页码等'),
        admin: { width },
        validate: (value: null | string | undefined, { siblingData }: { siblingData: Partial<CiteInline> }) => {
          const check = checkLocator(value, siblingData.locatorType)
          return check.ok ? true : check.reason
        },
      },
    ],
  }
}

/** One use of a bibliographic work at a point in the text; the site numbers these into footnotes. */
export const CiteBlock: Block = {
  slug: 'cite',
  interfaceName: 'CiteInline',
  labels: { singular: label('Citation', '引用'), plural: label('Citations', '引用') },
  // The chip in the editor says what it cites ("Kang 2013, 225–230") and shows the full reference on hover.
  admin: { components: { Label: '/fields/richText/citeChip/CiteChip#CiteChip' } },
  fields: [
    {
      name: 'citation',
      type: 'relationship',
      relationTo: 'citations',
      required: true,
      label: label('Work', '文献'),
      // The list of works, searched by author, title, ISBN or year (Works cited's listSearchableFields); the select would search titles only.
      admin: { appearance: 'drawer' },
    },
    locatorRow('60%'),
    { name: 'quote', type: 'textarea', label: label('Quotation (optional)', '引文（可选）') },
  ],
}

/** A claim still waiting for a source. */
export const CitationNeededBlock: Block = {
  slug: 'citationNeeded',
  interfaceName: 'CitationNeededInline',
  labels: { singular: label('Citation needed', '需要引用'), plural: label('Citations needed', '需要引用') },
  fields: [{ name: 'reason', type: 'text', label: label('What needs a source', '需要来源的内容') }],
}

/** A quoted primary source: the original words, their translation and where they come from (a note on the site). */
export const PrimarySourceBlock: Block = {
  slug: 'primarySource',
  interfaceName: 'PrimarySourceBlock',
  labels: { singular: label('Primary source quotation', '原始文献引文'), plural: label('Primary source quotations', '原始文献引文') },
  fields: [
    { name: 'original', type: 'textarea', required: true, label: label('Original text', '原文') },
    { name: 'originalLanguage', type: 'select', options: NAME_LANGUAGES, label: label('Language of the original', '原文语言') },
    { name: 'translation', type: 'textarea', localized: true, label: label('Translation', '译文') },
    // Numbered into the article's notes like an inline citation (lib/richtext/walk citeUses).
    { name: 'citation', type: 'relationship', relationTo: 'citations', label: label('Work', '文献') },
    locatorRow('60%'),
  ],
}
