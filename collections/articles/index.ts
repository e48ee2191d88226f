import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import { reconcileEditViews } from '@/components/reconcile/config'
import { editorialAdminComponents, editorialWorkflow } from '@/fields/editorial'
import { historicalDateField, yearRangeField } from '@/fields/historicalDate'
import { label, options } from '@/fields/i18n'
import { listTitleField } from '@/fields/listTitle'
import { publishedAtField } from '@/fields/publishedAt'
import { editor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { reanchorArticleAnnotations } from './hooks/reanchorAnnotations'
import { serverURL } from '@/lib/env'
import { countSourcingNeeds } from './hooks/countSourcingNeeds'
import { articleBibliographyEndpoint } from './endpoints/bibliography'
import { sourcingQueueEndpoint } from './endpoints/sourcingQueue'
import { originOfRequest } from '@/lib/security/origins'
import { publishCheckEndpoint } from './endpoints/publishCheck'
import { editorsOverride, enforcePublishRules } from './hooks/publishRules'
import { machineTranslationBanner, publishOverrideField, unmodifiedShareField } from './publishOverride'

/**
 * On the origin the editor reached the admin at (when it is one of ours), so
 * that the preview frame is same-origin with the admin: it carries their
 * session cookie, and the two can talk.
 */
const previewURL = (req: PayloadRequest, locale: string, slug: string | undefined) =>
  `${originOfRequest(req.headers.get('host'), serverURL())}/next/preview?path=${encodeURIComponent(`/${locale}/articles/${slug ?? ''}`)}`

/** The infobox values a reader may want a source for; each can carry citations below. */
export const INFOBOX_VALUES = ['date', 'location', 'result', 'territorialChanges', 'belligerents', 'commanders', 'strength', 'casualties'] as const

const INFOBOX_VALUE_OPTIONS = options({
  date: ['Date', '日期'],
  location: ['Location', '地点'],
  result: ['Result', '结果'],
  territorialChanges: ['Territorial changes', '领土变更'],
  belligerents: ['Belligerents', '参战方'],
  commanders: ['Commanders and leaders', '指挥官'],
  strength: ['Strength', '兵力'],
  casualties: ['Casualties and losses', '伤亡'],
} satisfies Record<(typeof INFOBOX_VALUES)[number], readonly [string, string]>)

const infobox: Field = {
  name: 'infobox',
  type: 'group',
  label: label('Infobox', '信息框'),
  fields: [
    historicalDateField('start', 'Start', '开始'),
    historicalDateField('end', 'End', '结束'),
    { name: 'location', type: 'text', localized: true, label: label('Location', '地点') },
    { name: 'places', type: 'relationship', relationTo: 'places', hasMany: true, label: label('Places', '地点') },
    { name: 'result', type: 'textarea', localized: true, label: label('Result', '结果') },
    { name: 'territorialChanges', type: 'textarea', localized: true, label: label('Territorial changes', '领土变更') },
    {
      name: 'sides',
      type: 'array',
      label: label('Sides', '交战方'),
      labels: { singular: label('Side', '交战方'), plural: label('Sides', '交战方') },
      fields: [
        { name: 'belligerents', type: 'textarea', localized: true, label: label('Belligerents', '参战方') },
        { name: 'commanders', type: 'textarea', localized: true, label: label('Commanders and leaders', '指挥官') },
        { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, label: label('Linked people', '相关人物') },
        {
          type: 'row',
          fields: [
            { name: 'strength', type: 'text', localized: true, label: label('Strength', '兵力'), admin: { width: '50%' } },
            { name: 'casualties', type: 'text', localized: true, label: label('Casualties and losses', '伤亡'), admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'citations',
      type: 'array',
      label: label('Sources for infobox values', '信息框来源'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'select', required: true, options: INFOBOX_VALUE_OPTIONS, label: label('Infobox value', '信息框项'), admin: { width: '25%' } },
            { name: 'side', type: 'number', min: 1, label: label('Side (1, 2, …)', '交战方序号'), admin: { width: '15%' } },
            { name: 'citation', type: 'relationship', relationTo: 'citations', required: true, label: label('Work cited', '文献'), admin: { width: '40%' } },
            { name: 'locator', type: 'text', label: label('Pages', '页码'), admin: { width: '20%' } },
          ],
        },
      ],
    },
  ],
}

/** The curated encyclopedia entry, in English and Chinese. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: label('Article', '条目'), plural: label('Articles', '条目') },
  admin: {
    useAsTitle: 'listTitle',
    defaultColumns: ['listTitle', 'slug', '_status', 'needsSource', 'updatedAt'],
    // Editors see the page as readers will, drafts included, beside the form.
    livePreview: { url: ({ data, locale, req }) => previewURL(req, locale.code, data?.slug) },
    preview: (data, { locale, req }) => previewURL(req, locale, data?.slug as string | undefined),
    components: {
      ...editorialAdminComponents,
      edit: { beforeDocumentControls: [...editorialAdminComponents.edit.beforeDocumentControls, '/collections/articles/components/ExportWorks#ExportWorks'] },
      views: { ...editorialAdminComponents.views, edit: reconcileEditViews },
    },
  },
  ...editorialWorkflow,
  hooks: {
    ...editorialWorkflow.hooks,
    beforeOperation: [...editorialWorkflow.hooks.beforeOperation, editorsOverride],
    beforeChange: [enforcePublishRules],
    afterChange: [...editorialWorkflow.hooks.afterChange, reanchorArticleAnnotations],
  },
  endpoints: [publishCheckEndpoint, sourcingQueueEndpoint, articleBibliographyEndpoint],
  fields: [
    machineTranslationBanner,
    { name: 'title', type: 'text', required: true, localized: true, label: label('Title', '标题') },
    listTitleField('title', label('Title', '标题')),
    { name: 'summary', type: 'textarea', localized: true, label: label('Summary', '摘要') },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Body', '正文'),
          fields: [
            { name: 'passageFocus', type: 'ui', label: label('Passage opened from Needs a source', '从“待补出处”打开的段落'), admin: { components: { Field: '/collections/articles/components/PassageFocus#PassageFocus' } } },
            { name: 'body', type: 'richText', localized: true, editor, label: label('Body', '正文') },
          ],
        },
        { label: label('Infobox', '信息框'), fields: [infobox] },
        {
          label: label('Related', '相关'),
          fields: [
            yearRangeField('period', 'Period', '时期'),
            { name: 'places', type: 'relationship', relationTo: 'places', hasMany: true, label: label('Places', '地点') },
            { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, label: label('People', '人物') },
            { name: 'events', type: 'relationship', relationTo: 'events', hasMany: true, label: label('Events', '事件') },
            { name: 'maps', type: 'relationship', relationTo: 'maps', hasMany: true, label: label('Maps', '地图') },
            { name: 'sources', type: 'relationship', relationTo: 'sources', hasMany: true, label: label('Sources drawn on', '所据来源') },
          ],
        },
        {
          label: label('Credits', '署名'),
          fields: [
            {
              name: 'credits',
              type: 'array',
              label: label('Credits', '署名'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', required: true, label: label('Name', '姓名'), admin: { width: '40%' } },
                    {
                      name: 'role',
                      type: 'select',
                      label: label('Role', '角色'),
                      options: options({
                        author: ['Author', '作者'],
                        translator: ['Translator', '译者'],
                        editor: ['Editor', '编辑'],
                        reviewer: ['Reviewer', '审校'],
                        'original-text': ['Original text', '原文作者'],
                      }),
                      admin: { width: '20%' },
                    },
                    { name: 'note', type: 'text', label: label('Note', '备注'), admin: { width: '40%' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField('title'),
    { name: 'featured', type: 'checkbox', label: label('Featured on the home page', '首页推荐'), admin: { position: 'sidebar' } },
    // The body's annotations in the locale shown (the body's editor marks them: collections/annotations/components/ArticleAnnotationsPlugin).
    { name: 'annotationsPanel', type: 'ui', label: label('Annotations', '批注'), admin: { position: 'sidebar', components: { Field: '/collections/annotations/components/ArticleAnnotationsPanel#ArticleAnnotationsPanel' } } },
    publishedAtField,
    unmodifiedShareField,
    publishOverrideField,
    // What the body of this locale still needs a source for (lib/sourcing), for the articles list: counted when a save (drafts included) changes the body.
    {
      name: 'needsSource',
      type: 'number',
      localized: true,
      label: label('Needs a source', '待补出处'),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [countSourcingNeeds] },
    },
    // A digest of the title, body and infobox the last import wrote: a re-import compares it with the article to see whether an editor changed it since.
    { name: 'importFingerprint', type: 'text', admin: { hidden: true } },
  ],
}
