/** The part of @citation-js/name (it ships no types) that names.ts uses. */
declare module '@citation-js/name' {
  type CslName = { family?: string; given?: string; suffix?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; literal?: string }
  export function parse(name: string): CslName
}
