import type { Locator, Page } from '@playwright/test'

/** The screen position of the first or last character of `words` inside a segment block of `scope` showing them. */
async function edgeOf(scope: Locator, words: string, edge: 'first' | 'last') {
  const block = scope.locator('[data-segment-id]', { hasText: words }).first()
  await block.scrollIntoViewIfNeeded()
  return block.evaluate(
    (element, { wanted, which }) => {
      // The words may be split across marks: walk the block's text nodes.
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const text = nodes.map((node) => node.data).join('')
      const at = text.indexOf(wanted)
      if (at < 0) throw new Error(`"${wanted}" is not shown`)
      const offset = which === 'first' ? at : at + wanted.length - 1
      let before = 0
      const node = nodes.find((candidate) => {
        if (offset < before + candidate.data.length) return true
        before += candidate.data.length
        return false
      })!
      const range = document.createRange()
      range.setStart(node, offset - before)
      range.setEnd(node, offset - before + 1)
      const box = range.getBoundingClientRect()
      return { x: which === 'first' ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 }
    },
    { wanted: words, which: edge },
  )
}

/** Selects from the start of `from` to the end of `to` with the mouse, as a person drags (both in one segment, or in two). */
export async function dragSelect(scope: Locator, page: Page, from: string, to = from) {
  const start = await edgeOf(scope, from, 'first')
  const end = await edgeOf(scope, to, 'last')
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(end.x, end.y, { steps: 8 })
  await page.mouse.up()
}
