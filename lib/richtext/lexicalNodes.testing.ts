import { DecoratorNode, ElementNode, type SerializedElementNode, type SerializedLexicalNode, type Spread } from 'lexical'

type SerializedInlineBlock = Spread<{ fields: Record<string, unknown> }, SerializedLexicalNode>

/** Stands in for Payload's inline block node: same type name, same JSON, no React. */
export class InlineBlockNode extends DecoratorNode<null> {
  __fields: Record<string, unknown>

  constructor(fields: Record<string, unknown>, key?: string) {
    super(key)
    this.__fields = fields
  }

  static getType() {
    return 'inlineBlock'
  }

  static clone(node: InlineBlockNode) {
    return new InlineBlockNode(node.__fields, node.__key)
  }

  static importJSON(serialized: SerializedInlineBlock) {
    return new InlineBlockNode(serialized.fields)
  }

  exportJSON(): SerializedInlineBlock {
    return { type: 'inlineBlock', version: 1, fields: this.__fields }
  }

  createDOM(): HTMLElement {
    throw new Error('not rendered in tests')
  }

  updateDOM() {
    return false
  }

  decorate() {
    return null
  }

  isInline() {
    return true
  }
}

type SerializedLink = Spread<{ fields: Record<string, unknown> }, SerializedElementNode>

/** Stands in for Payload's link node: an inline element of the same type name and JSON. */
export class LinkNode extends ElementNode {
  __fields: Record<string, unknown>

  constructor(fields: Record<string, unknown>, key?: string) {
    super(key)
    this.__fields = fields
  }

  static getType() {
    return 'link'
  }

  static clone(node: LinkNode) {
    return new LinkNode(node.__fields, node.__key)
  }

  static importJSON(serialized: SerializedLink) {
    return new LinkNode(serialized.fields).updateFromJSON(serialized)
  }

  exportJSON(): SerializedLink {
    return { ...super.exportJSON(), type: 'link', fields: this.__fields }
  }

  createDOM(): HTMLElement {
    throw new Error('not rendered in tests')
  }

  updateDOM() {
    return false
  }

  isInline() {
    return true
  }
}
