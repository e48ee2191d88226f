import type { CollectionConfig } from 'payload'

import { allow, anyone } from '@/access/roles'
import { label } from '@/fields/i18n'
import { revalidatingHooks } from '@/server/revalidate'
import { duplicatesEndpoint } from './endpoints/duplicates'
import { importWorksEndpoint, previewWorksEndpoint, workRecordEndpoint } from './endpoints/exchange'
import { formatPreviewEndpoint } from './endpoints/formatPreview'
import { mergeWorksEndpoint } from './endpoints/merge'
import { shortCitesEndpoint } from './endpoints/shortCites'
import { whereCitedEndpoint } from './endpoints/whereCited'
import { CITATION_FIELDS } from './fields'
import { computeDedupKey } from './hooks/computeDedupKey'
import { stampVerifications } from './hooks/stampVerifications'
import { keepWorkSearchText, normalizeWorkSearch } from './hooks/workSearch'

/** A bibliographic work, shaped as a CSL item so a real CSL processor can format it. */
export const Citations: CollectionConfig = {
  slug: 'citations',
  labels: { singular: label('Work cited', '文献'), plural: label('Works cited', '文献') },
  admin: {
    useAsTitle: 'displayTitle',
    // The list's search box and the citation drawer's work picker find works by author, title, ISBN or year (hooks/workSearch).
    listSearchableFields: ['searchText'],
    defaultColumns: ['displayTitle', 'type', 'issued', 'isbn', 'updatedAt'],
    components: { beforeListTable: ['/collections/citations/components/ImportWorks#ImportWorks', '/collections/citations/components/PossibleDuplicates#PossibleDuplicates'], edit: { beforeDocumentControls: ['/collections/citations/components/MergeWork#MergeWork'] } },
  },
  access: { read: anyone, create: allow('historian'), update: allow('historian'), delete: allow('editor') },
  hooks: { beforeOperation: [normalizeWorkSearch], beforeChange: [computeDedupKey, stampVerifications, keepWorkSearchText], ...revalidatingHooks },
  endpoints: [previewWorksEndpoint, importWorksEndpoint, formatPreviewEndpoint, duplicatesEndpoint, workRecordEndpoint, whereCitedEndpoint, mergeWorksEndpoint, shortCitesEndpoint],
  fields: [
    ...CITATION_FIELDS.slice(0, 3),
    { name: 'duplicateWarning', type: 'ui', label: label('Likely duplicates', '可能重复'), admin: { components: { Field: '/collections/citations/components/DuplicateWarning#DuplicateWarning' } } },
    ...CITATION_FIELDS.slice(3),
    { name: 'formatPreview', type: 'ui', label: label('Formatted preview', '格式预览'), admin: { position: 'sidebar', components: { Field: '/collections/citations/components/WorkPreview#WorkPreview' } } },
    { name: 'whereCited', type: 'ui', label: label('Where cited', '引用位置'), admin: { components: { Field: '/collections/citations/components/WhereCited#WhereCited' }, condition: (data) => Boolean(data?.id) } },
  ],
}
