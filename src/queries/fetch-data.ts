import { dataVersion } from 'virtual:broadsheet-data'
import { DataNotFoundError } from '../lib/errors.ts'

/** Absolute URL of a data file of this build. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${dataVersion}/${path}`
}

async function get(path: string, signal?: AbortSignal): Promise<Response> {
  const res = await fetch(dataUrl(path), { signal })
  // A static host's SPA fallback answers a missing file with index.html: that is a 404 too.
  const type = res.headers.get('content-type') ?? ''
  if (res.status === 404 || (res.ok && type.includes('text/html')))
    throw new DataNotFoundError(path)
  if (!res.ok) throw new Error(`Loading ${path} failed: HTTP ${res.status}`)
  return res
}

export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await (await get(path, signal)).json()) as T
}

export async function fetchBinary(path: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  return (await get(path, signal)).arrayBuffer()
}
