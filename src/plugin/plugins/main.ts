import type { Plugin } from 'vite'
import { PLUGIN_NAME } from '../pipeline.ts'
import type { PluginContext } from './context.ts'

const VIRTUAL_ID = 'virtual:broadsheet-data'
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`

/**
 * Makes the pipeline, reads the articles at the start of every build or server, and answers
 * the `virtual:broadsheet-data` module (the data folder's version and story file count).
 */
export function mainPlugin(ctx: PluginContext): Plugin {
  return {
    name: PLUGIN_NAME,
    configResolved(config) {
      ctx.create(config)
    },
    async buildStart() {
      let failure: { errors: string } | undefined
      try {
        failure = await ctx.pipeline.load()
      } catch (error) {
        this.error((error as Error).message)
      }
      if (failure) this.error(failure.errors)
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : undefined
    },
    load(id) {
      return id === RESOLVED_VIRTUAL_ID ? ctx.pipeline.virtualModule() : undefined
    },
  }
}
