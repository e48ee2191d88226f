const blank = (text: string) => text.replace(/[^\n]/g, ' ')

/**
 * The segment's text with markup (Markdown link targets, emphasis marks,
 * footnote markers, HTML tags, bare URLs, heading hashes) replaced by spaces
 * of the same length, so checks read prose only and every offset they report
 * still indexes the original text.
 */
export function maskMarkup(text: string): string {
  return text
    .replace(/!?\[(?=[^[\]\n]*\]\()/g, blank)
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, blank)
    .replace(/\\?\[\d{1,3}\\?\]|\[(?:note|注|citation needed|需要引用)[^\]]*\]/gi, blank)
    // A tag opens with a name or a slash: "< 500 and > 300" is prose, not markup.
    .replace(/<\/?[A-Za-z][^<>\n]{0,200}>/g, blank)
    .replace(/\(?https?:\/\/\S+/g, blank)
    .replace(/\*\*|__|^#{1,6}(?=\s)|^>\s?/gm, blank)
}
