import Ajv from 'ajv'
import type { JSONField } from 'payload'

import { offlineJSONEditor } from '@/fields/codeEditor'
import { label } from '@/fields/i18n'

const SEGMENT_KINDS = ['heading', 'paragraph', 'list-item', 'infobox', 'table-row', 'caption', 'quotation', 'note', 'other']

type JSONSchema = NonNullable<JSONField['jsonSchema']>['schema']

const segmentsSchema: JSONSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['segmentId', 'kind', 'sectionPath', 'text', 'start', 'end'],
    properties: {
      segmentId: { type: 'string' },
      kind: { type: 'string', enum: SEGMENT_KINDS },
      sectionPath: { type: 'string' },
      text: { type: 'string' },
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
    },
  },
}

// Payload's own json validation builds a new Ajv and compiles the schema on every save, which
// was a tenth of an import's CPU time; this compiles it once.
const ajv = new Ajv()
const isSegments = ajv.compile(segmentsSchema)

/**
 * Stable segments of a source's raw text. Machine-made and read-only: one JSON
 * value rather than a row per segment, which every version of the source would
 * copy again.
 */
export const segmentsField: JSONField = {
  name: 'segments',
  type: 'json',
  label: label('Segments', '片段'),
  admin: { components: offlineJSONEditor, readOnly: true, description: label('Stable segments of the raw text: id, kind, section, text and character offsets.', '原始文本的稳定片段：编号、类型、章节、文本与字符位置。') },
  jsonSchema: { uri: 'frontier-annals://source-segments.json', fileMatch: ['frontier-annals://source-segments.json'], schema: segmentsSchema },
  validate: (value: unknown) => value == null || isSegments(value) || `Segments: ${ajv.errorsText(isSegments.errors)}`,
}
