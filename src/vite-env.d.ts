/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:broadsheet-data' {
  /** Name of the data folder under `<base>data/`: a content hash in a build, `dev` in the dev server. */
  export const dataVersion: string
  /** How many `stories/<n>.json.gz` files the story details are spread over. */
  export const storyFileCount: number
  /** Whether the build wrote feeds (it knew SITE_URL): the pages link to them then. */
  export const feedsPublished: boolean
}

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    /** Sent by the articles plugin when an article file was added, changed or removed. */
    'broadsheet:data-update': { errors: number }
  }
}
