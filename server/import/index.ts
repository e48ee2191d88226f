export { ImportInputError } from '../../lib/corpus/parse'
export { importFoundingCorpus, readDocuments, type DocumentFile } from './corpus'
export { importDocument, MAX_DOCUMENT_BYTES } from './importDocument'
export type { Counts, ImportInput, ImportOptions, ImportSummary, RecordId } from './types'
