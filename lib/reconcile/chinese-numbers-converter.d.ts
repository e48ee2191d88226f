declare module 'chinese-numbers-converter' {
  /** Reads Chinese (and mixed Arabic–Chinese) numerals; see the package README. */
  export default class ChineseNumber {
    constructor(text: string)
    toInteger(): number
    toArabicString(minChars?: number): string
  }
}
