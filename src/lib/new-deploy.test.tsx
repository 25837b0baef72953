// In the DOM project (jsdom): the module reads session storage and fetch as a page does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NewVersionError } from './errors.ts'
import { checkForNewDeploy } from './new-deploy.ts'

const reloadOntoNewVersion = vi.fn()

const serve = (answer: () => Promise<Response>) => vi.stubGlobal('fetch', vi.fn(answer))
const version = (v: string) => () => Promise.resolve(Response.json({ version: v }))

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  }
}

describe('checkForNewDeploy', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('sessionStorage', memoryStorage())
    reloadOntoNewVersion.mockClear()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('returns when the site serves this same version (the file is simply not there)', async () => {
    serve(version('v1'))
    await expect(checkForNewDeploy('v1', reloadOntoNewVersion)).resolves.toBeUndefined()
    expect(fetch).toHaveBeenCalledWith('/data/current.json', { cache: 'no-store' })
  })

  it('returns when the version cannot be told: offline, no file, not JSON', async () => {
    for (const answer of [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.resolve(new Response('', { status: 404 })),
      () => Promise.resolve(new Response('<html>')),
      () => Promise.resolve(Response.json({ version: 7 })),
    ]) {
      serve(answer)
      await expect(checkForNewDeploy('v1', reloadOntoNewVersion)).resolves.toBeUndefined()
    }
    vi.runAllTimers()
    expect(reloadOntoNewVersion).not.toHaveBeenCalled()
  })

  it('throws NewVersionError and reloads once per new version, never in a loop', async () => {
    serve(version('v2'))
    const first = await checkForNewDeploy('v1', reloadOntoNewVersion).catch((e: unknown) => e)
    expect(first).toBeInstanceOf(NewVersionError)
    expect(first).toMatchObject({ reloading: true })
    vi.runAllTimers()
    expect(reloadOntoNewVersion).toHaveBeenCalledTimes(1)

    // The reload came back to the old page (a stale cache): no second automatic reload.
    const again = await checkForNewDeploy('v1', reloadOntoNewVersion).catch((e: unknown) => e)
    expect(again).toMatchObject({ reloading: false })
    vi.runAllTimers()
    expect(reloadOntoNewVersion).toHaveBeenCalledTimes(1)

    // A later deploy is a new version: that one reloads again.
    serve(version('v3'))
    await expect(checkForNewDeploy('v1', reloadOntoNewVersion)).rejects.toMatchObject({
      reloading: true,
    })
    vi.runAllTimers()
    expect(reloadOntoNewVersion).toHaveBeenCalledTimes(2)
  })

  it('offers the reload instead of doing it when session storage is blocked', async () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
    })
    serve(version('v2'))
    await expect(checkForNewDeploy('v1', reloadOntoNewVersion)).rejects.toMatchObject({
      reloading: false,
    })
    vi.runAllTimers()
    expect(reloadOntoNewVersion).not.toHaveBeenCalled()
  })
})
