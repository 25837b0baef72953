/** A data file that does not exist: an unknown slug, or a link from an older deploy. */
export class DataNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`No data at ${path}`)
    this.name = 'DataNotFoundError'
  }
}
