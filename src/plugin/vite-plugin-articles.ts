import type { Plugin } from 'vite'
import type { ArticlesOptions } from './options.ts'
import { buildPlugin } from './plugins/build.ts'
import { createContext } from './plugins/context.ts'
import { devPlugin } from './plugins/dev.ts'
import { mainPlugin } from './plugins/main.ts'

export type { ArticlesOptions } from './options.ts'
export { DATA_UPDATE_EVENT } from './plugins/dev.ts'

/**
 * Reads the articles folder and serves it to the app as JSON data files: emitted under
 * `dist/data/<hash>/` by a build, answered from memory by the dev server (which follows edits).
 * Every page knows where to look through the `virtual:broadsheet-data` module. The state lives
 * in one pipeline (pipeline.ts); the three plugins only call it.
 */
export function articles(userOptions: ArticlesOptions = {}): Plugin[] {
  const ctx = createContext(userOptions)
  return [mainPlugin(ctx), buildPlugin(ctx), devPlugin(ctx)]
}
