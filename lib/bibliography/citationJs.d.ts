/** The parts of citation-js (npm `@citation-js/core` and its plugins) that lib/bibliography uses; none ships types. */
declare module '@citation-js/core' {
  type CslData = Record<string, unknown>
  export const plugins: {
    input: {
      chainAsync(data: unknown, options: { forceType?: string; generateGraph?: boolean; target?: string }): Promise<CslData[]>
      type(data: unknown): string
    }
    config: { get(plugin: '@bibtex'): { format: { asciiOnly: boolean } } }
  }
  export class Cite {
    constructor(data: unknown, options?: { generateGraph?: boolean })
    data: CslData[]
    format(format: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' | 'object'; type?: string }): string
  }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
