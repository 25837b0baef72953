import path from 'node:path'
import type { Plugin } from 'vite'
import { PLUGIN_NAME } from '../pipeline.ts'
import type { PluginContext } from './context.ts'

/** A build writes the data files beside the app, under `data/<version>/`. */
export function buildPlugin(ctx: PluginContext): Plugin {
  return {
    name: `${PLUGIN_NAME}:build`,
    apply: 'build',
    async writeBundle(outputOptions) {
      const { config } = ctx.pipeline
      await ctx.pipeline.writeData(
        outputOptions.dir ?? path.resolve(config.root, config.build.outDir),
      )
    },
  }
}
