import { dataVersion } from 'virtual:broadsheet-data'
import { withBase } from '../config/paths.ts'
import { DataNotFoundError } from '../lib/errors.ts'
import { checkForNewDeploy } from '../lib/new-deploy.ts'
import { reloadOntoNewVersion } from '../lib/pwa.ts'
import { isCompressed, isMissingDataFile } from '../shared/data-paths.ts'

/** Absolute URL of a data file of this build. */
export function dataUrl(path: string): string {
  return withBase(`data/${dataVersion}/${path}`)
}

async function get(path: string): Promise<Response> {
  const res = await fetch(dataUrl(path))
  if (isMissingDataFile(res)) {
    // Gone after a deploy (this throws NewVersionError and reloads), or never there.
    await checkForNewDeploy(dataVersion, () => void reloadOntoNewVersion())
    throw new DataNotFoundError(path)
  }
  if (!res.ok) throw new Error(`Loading ${path} failed: HTTP ${res.status}`)
  return res
}

export async function fetchJson<T>(path: string): Promise<T> {
  const res = await get(path)
  if (!isCompressed(path)) return (await res.json()) as T
  // A `.json.gz` file is inflated here, unless the host already did (some send such files
  // with `Content-Encoding: gzip`): gzip starts with the bytes 1f 8b, JSON never does.
  const bytes = new Uint8Array(await res.arrayBuffer())
  const json =
    bytes[0] === 0x1f && bytes[1] === 0x8b
      ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
      : bytes
  return (await new Response(json).json()) as T
}

export async function fetchBinary(path: string): Promise<ArrayBuffer> {
  return (await get(path)).arrayBuffer()
}
