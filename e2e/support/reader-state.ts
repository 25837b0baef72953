import { expect, type Page } from '@playwright/test'

/** Where the app keeps the reader's state (src/lib/reader-storage.ts). */
export const READER_KEY = 'broadsheet:reader'

/**
 * A page's first load records the newest story it showed, which writes the reader's state. A
 * test that writes the state itself waits for that first, or the page would write over it.
 */
export async function afterFirstWrite(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        (key) => JSON.parse(localStorage.getItem(key) ?? '{}').seenNewest as string | undefined,
        READER_KEY,
      ),
    )
    .toBeTruthy()
}
