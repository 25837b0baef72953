/** Whether this browser has the popover attribute (Baseline 2024); older ones get fallbacks. */
export const popoverSupported =
  typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype

/** Whether a dialog or a popover menu is open (`:popover-open` throws where popover is unknown). */
export function overlayOpen() {
  return !!document.querySelector(popoverSupported ? 'dialog[open], :popover-open' : 'dialog[open]')
}
