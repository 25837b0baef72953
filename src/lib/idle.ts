/** Runs `run` once the browser is idle (soon after the first paint); at once where it has no idle callback. */
export function whenIdle(run: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 })
  else setTimeout(run, 1)
}
