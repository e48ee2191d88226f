/** The parts of citeproc-js (npm `citeproc`) and of `citeproc-locales` that lib/cite/format.ts uses; neither ships types. */
declare module 'citeproc' {
  type CslSys = {
    retrieveLocale: (lang: string) => string
    retrieveItem: (id: string) => unknown
  }
  type CslCitation = {
    citationID: string
    citationItems: { id: string; locator?: string; label?: string }[]
    properties: { noteIndex: number }
  }
  type CslBibliographyParams = { entry_ids: string[][]; bibliography_errors: unknown[] }

  interface CslEngine {
    /** Processes every citation of a document at once: [citationID, noteIndex, output] in document order. */
    rebuildProcessorState(citations: CslCitation[], mode: 'html' | 'text', uncitedItemIDs?: string[]): [string, number, string][]
    updateItems(ids: string[]): void
    makeBibliography(): [CslBibliographyParams, string[]] | false
  }

  const CSL: {
    Engine: new (sys: CslSys, style: unknown, lang?: string, forceLang?: boolean) => CslEngine
    /** Parses a CSL style or locale to the tree the engine reads, so a style can be parsed once and reused. */
    parseXml: (xml: string) => unknown
    /** The output formats by name; each maps a formatting decoration ("@font-style/normal") to its markup. */
    Output: { Formats: Record<string, Record<string, unknown>> }
  }
  export default CSL
}

/** The official CSL locale files (citation-style-language/locales); the package's main export is their directory. */
declare module 'citeproc-locales' {
  const localesDirectory: string
  export default localesDirectory
}
