import { createRequire } from 'node:module'

type Yaml = typeof import('yaml')
let yaml: Yaml | undefined

/**
 * Line (1-based, within the YAML block) where a field path is written, or where its nearest
 * written parent is (`provider:` when `provider.name` is missing). Only called for files with
 * problems: the `yaml` package keeps source positions but is much slower than js-yaml, and is
 * loaded on the first call, so that the parse workers start without it.
 */
export function locateField(block: string, path: (string | number)[]): number | undefined {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml
  const lineCounter = new yaml.LineCounter()
  const doc = yaml.parseDocument(block, { lineCounter })
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true)
    if (yaml.isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
  }
  return undefined
}
