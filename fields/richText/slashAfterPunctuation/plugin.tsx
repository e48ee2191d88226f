'use client'

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, TextNode } from 'lexical'
import { useEffect } from 'react'

import { MENU_OPENER, slashOpensMenuAfterPunctuation } from '@/lib/richtext/slashTrigger'

/**
 * Opens Payload's own `/` menu right after punctuation, where its trigger does
 * not look: just before the typed `/` lands, an invisible U+FEFF goes in front
 * of it, which the trigger reads as the space it needs, so the menu opens,
 * filters and replaces as usual. The opener goes as soon as no `/` follows it
 * (an item was chosen, or the text moved on); a save strips any left behind
 * (fields/richText).
 */
export function SlashAfterPunctuationPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event: KeyboardEvent) => {
            if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false
            // The "/" itself is left to the browser and Lexical, which type it after the opener.
            editor.update(() => {
              const selection = $getSelection()
              if (!$isRangeSelection(selection) || !selection.isCollapsed()) return
              const anchor = selection.anchor.getNode()
              if ($isTextNode(anchor) && slashOpensMenuAfterPunctuation(anchor.getTextContent().slice(0, selection.anchor.offset))) selection.insertText(MENU_OPENER)
            })
            return false
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerNodeTransform(TextNode, (node) => {
          const text = node.getTextContent()
          const index = text.search(STRANDED_OPENER)
          if (index < 0) return
          const selection = $getSelection()
          const caret = $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.key === node.getKey() ? selection.anchor.offset : null
          // Just typed: the "/" it is for comes next.
          if (caret === index + 1) return
          node.spliceText(index, 1, '', false)
          if (caret !== null && caret > index && $isRangeSelection(selection)) {
            selection.anchor.set(node.getKey(), caret - 1, 'text')
            selection.focus.set(node.getKey(), caret - 1, 'text')
          }
        }),
      ),
    [editor],
  )
  return null
}

/** An opener no `/` follows (yet, or any more). */
const STRANDED_OPENER = new RegExp(`${MENU_OPENER}(?!/)`)
