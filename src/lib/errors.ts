/** A data file that does not exist: an unknown slug, or a link from an older deploy. */
export class DataNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`No data at ${path}`)
    this.name = 'DataNotFoundError'
  }
}

/**
 * The site was deployed again while this tab was open: its data folder is gone and a newer one
 * is there. The tab reloads onto it (lib/new-deploy.ts); the page says so meanwhile.
 */
export class NewVersionError extends Error {
  constructor(
    readonly version: string,
    /** Whether the page reloads by itself (the first time for this version). */
    readonly reloading: boolean,
  ) {
    super(`A new version of the site is out (data ${version})`)
    this.name = 'NewVersionError'
  }
}
