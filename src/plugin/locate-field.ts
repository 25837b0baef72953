import { isNode, LineCounter, parseDocument } from 'yaml'

/**
 * Line (1-based, within the YAML block) where a field path is written, or where its nearest
 * written parent is (`provider:` when `provider.name` is missing). Only called for files with
 * problems: the `yaml` package keeps source positions but is much slower than js-yaml.
 */
export function locateField(block: string, path: (string | number)[]): number | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(block, { lineCounter })
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true)
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
  }
  return undefined
}
