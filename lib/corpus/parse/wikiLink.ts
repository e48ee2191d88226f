export type LinkTarget =
  | { kind: 'category'; name: string }
  | { kind: 'external'; href: string }
  | { kind: 'file'; fileName: string }
  | { kind: 'page'; target: string; language: string }

const WIKI_URL = /^https?:\/\/([a-z-]+)\.(?:m\.)?wikipedia\.org\/wiki\/([^?#]+)/i
/** Converted wikis link pages as `../Page/Title.md`, `Page/Title.md` or `/wiki/Title`. */
const RELATIVE_PAGE = /^(?:\.\.\/|\.\/)*(?:Page\/|wiki\/|\/wiki\/)?([^/?#]+?)(?:\.md)?$/
const FILE_NAMESPACE = /^(?:file|image|文件|檔案|档案|图像|圖像):/i
const CATEGORY_NAMESPACE = /^(?:category|分类|分類):/i

const decode = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The file an image address names: its last path segment, decoded, without query or fragment. */
export const fileNameOfUrl = (url: string) => {
  // Stryker disable next-line Regex: .* runs to the end anyway
  const path = url.replace(/[?#].*$/, '')
  return decode(path.slice(path.lastIndexOf('/') + 1))
}

/** A wiki page title in its canonical form: decoded, spaces for underscores, NFC. */
export const normalizeTitle = (title: string) => decode(title).replace(/_/g, ' ').replace(/\s+/g, ' ').trim().normalize('NFC')

/** What a link in a converted wiki page points at; `documentLanguage` is the wiki a relative link stays in. */
export function classifyLink(href: string, documentLanguage: string): LinkTarget {
  const absolute = WIKI_URL.exec(href)
  const relative = absolute || /^[a-z]+:/i.test(href) ? null : RELATIVE_PAGE.exec(href)
  const rawTitle = absolute?.[2] ?? relative?.[1]
  if (!rawTitle) return { kind: 'external', href }
  const target = normalizeTitle(rawTitle)
  if (FILE_NAMESPACE.test(target)) return { kind: 'file', fileName: target.replace(FILE_NAMESPACE, '').replace(/ /g, '_') }
  if (CATEGORY_NAMESPACE.test(target)) return { kind: 'category', name: target.replace(CATEGORY_NAMESPACE, '') }
  // Stryker disable next-line OptionalChaining: an absolute match always has its language group
  return { kind: 'page', target, language: absolute?.[1]?.toLowerCase() ?? documentLanguage }
}
