/** The admin component of every JSON field: Payload's own, with Monaco served by this server (fields/codeEditor). */
export const offlineJSONEditor = { Field: '/fields/codeEditor/OfflineJSONField#OfflineJSONField' } as const
