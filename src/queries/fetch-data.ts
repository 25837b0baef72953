import { dataVersion } from 'virtual:broadsheet-data'
import { DataNotFoundError } from '../lib/errors.ts'
import { isMissingDataFile } from '../shared/data-paths.ts'

/** Absolute URL of a data file of this build. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${dataVersion}/${path}`
}

async function get(path: string): Promise<Response> {
  const res = await fetch(dataUrl(path))
  if (isMissingDataFile(res)) throw new DataNotFoundError(path)
  if (!res.ok) throw new Error(`Loading ${path} failed: HTTP ${res.status}`)
  return res
}

export async function fetchJson<T>(path: string): Promise<T> {
  return (await (await get(path)).json()) as T
}

export async function fetchBinary(path: string): Promise<ArrayBuffer> {
  return (await get(path)).arrayBuffer()
}
