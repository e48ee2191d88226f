/**
 * A line a conversion tool leaves in the text it made: "本文内容由[页面]转换而来。",
 * "This page was automatically generated from …", "Converted from … by …".
 * It tells how the file was made, not what the article says, so the article
 * body leaves it out (the source keeps it in its raw text and segments).
 * Only a short block that is all notice counts; a sentence about something
 * "converted from" something else inside a longer passage is text.
 */
const CHINESE = /^(?:本文|本页|本頁|本条目|本條目|此文|此页|此頁)?(?:的)?(?:内容|內容|文本|正文)?(?:由|自|从|從|根据|根據).{1,120}?(?:自动|自動)?(?:转换|轉換|转化|轉化|生成|导出|導出|转录|轉錄)(?:而来|而來|而成|得到)?[。.！!]?$/u
const CHINESE_TOOL = /^(?:本文|本页|本頁|此文)(?:内容|內容)?(?:由|经|經).{1,60}?(?:工具|程序|程式|脚本|腳本)(?:自动|自動)?(?:转换|轉換|生成)[。.]?$/u
const ENGLISH =
  /^(?:this\s+(?:article|page|document|content|text|file)\s+(?:was|has\s+been|is)\s+)?(?:automatically\s+|auto-)?(?:converted|generated|exported|transcribed)\s+(?:from|by|with|using)\s+.{1,160}?[.!]?$/iu

const MAX_NOTICE_LENGTH = 200

export function isConverterNotice(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length > MAX_NOTICE_LENGTH) return false
  // One sentence only: a notice does not go on to tell the history (the line's spaces are single by now).
  if (/[。！？!?]./u.test(line) || /[.!?] \p{Lu}/u.test(line)) return false
  return CHINESE.test(line) || CHINESE_TOOL.test(line) || ENGLISH.test(line)
}
