import type { ResolvedConfig } from 'vite'
import type { ArticlesOptions } from '../options.ts'
import { ArticlesPipeline, throwPluginError } from '../pipeline.ts'

/**
 * What the main, dev and build plugins share: the pipeline, made once Vite's config is
 * resolved (as vite-plugin-pwa's context). Nothing else is kept between hooks.
 */
export interface PluginContext {
  /** Made by the main plugin's `configResolved`. */
  create(config: ResolvedConfig): void
  readonly pipeline: ArticlesPipeline
}

export function createContext(userOptions: ArticlesOptions): PluginContext {
  let pipeline: ArticlesPipeline | undefined
  return {
    create(config) {
      pipeline = new ArticlesPipeline(userOptions, config)
    },
    get pipeline() {
      return pipeline ?? throwPluginError('a hook ran before configResolved')
    },
  }
}
