import AxeBuilder from '@axe-core/playwright'
import { afterFirstWrite } from './support/reader-state.ts'
import { expect, test, type Page } from '@playwright/test'
import { countText, narrowingTopic, type ArticleDetail, type SiteData } from './support/data.ts'
import { projectData } from './support/project.ts'
import { expectCount } from './support/feed.ts'

/*
 * axe on every kind of page, in the light and the dark colour scheme. A violation fails with
 * its rule, what it asks for, and the nodes that break it.
 */

interface PageCase {
  name: string
  /** The URL to open, from the project's data. */
  url: (site: SiteData) => string
  /** Waits until the page shows its content (and does what the case needs). */
  ready: (page: Page, site: SiteData) => Promise<void>
  viewport?: { width: number; height: number }
}

const h1 = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
}

/** Stores a reader state (the current version) and reloads, as a returning reader's page. */
async function seedReader(page: Page, state: Record<string, unknown>) {
  await afterFirstWrite(page)
  await page.evaluate(
    (stored) => {
      // The reload begins a new visit, which counts from the stored state.
      sessionStorage.clear()
      localStorage.setItem('broadsheet:reader', JSON.stringify(stored))
    },
    {
      version: 2,
      read: {},
      saved: [],
      muted: { topics: [], sources: [] },
      preferences: { view: 'cards', theme: 'system', textSize: 'normal' },
      ...state,
    },
  )
  await page.reload()
}

const savedOf = (site: SiteData) =>
  site.cards.slice(0, 3).map((c) => ({
    slug: c.slug,
    title: c.title,
    source: site.facets.providers[c.provider]!.domain,
    date: c.date,
    savedAt: '2024-03-01T00:00:00.000Z',
  }))

const cases: PageCase[] = [
  {
    name: 'feed',
    url: () => '/',
    ready: (page, site) => expectCount(page, countText(site.facets.articleCount)),
  },
  {
    name: 'filtered feed',
    url: () => '/?topic=ai&topic=computer-vision&source=theguardian.com&sort=oldest',
    ready: async (page) => {
      await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible()
    },
  },
  {
    name: 'empty feed',
    url: () => '/?topic=ai&source=nope.example&from=2000-01-01&to=2000-01-02',
    ready: async (page) => {
      await expect(
        page.getByRole('heading', { name: 'No stories match these filters' }),
      ).toBeVisible()
    },
  },
  {
    name: 'story',
    // The story with the fullest coverage (its related stories and the rest of its cluster).
    url: (site) => {
      const size = (a: ArticleDetail) => a.related.length + (a.clusterCoverage?.length ?? 0)
      return `/articles/${[...site.articles()].sort((a, b) => size(b) - size(a))[0]!.slug}`
    },
    ready: async (page) => {
      await expect(page.getByRole('complementary', { name: /^Full coverage/ })).toBeVisible()
    },
  },
  {
    name: 'topics',
    url: () => '/topics',
    ready: h1,
  },
  {
    name: 'topic',
    url: (site) => `/topics/${narrowingTopic(site.facets).slug}`,
    ready: (page, site) => expectCount(page, countText(narrowingTopic(site.facets).count)),
  },
  {
    name: 'sources',
    url: () => '/sources',
    ready: h1,
  },
  {
    name: 'source',
    url: (site) => `/sources/${site.facets.providers[0]!.domain}`,
    ready: (page, site) => expectCount(page, countText(site.facets.providers[0]!.count)),
  },
  {
    name: 'not found',
    url: () => '/articles/does-not-exist',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i)
    },
  },
  {
    name: 'list view',
    url: () => '/?view=list',
    ready: (page, site) => expectCount(page, countText(site.facets.articleCount)),
  },
  {
    name: 'phone list view',
    url: () => '/?view=list',
    viewport: { width: 390, height: 844 },
    ready: (page, site) => expectCount(page, countText(site.facets.articleCount)),
  },
  {
    name: 'settings',
    url: () => '/settings',
    ready: h1,
  },
  {
    name: 'phone feed',
    url: () => '/',
    viewport: { width: 390, height: 844 },
    ready: (page, site) => expectCount(page, countText(site.facets.articleCount)),
  },
  {
    name: 'phone filter dialog',
    url: () => '/?topic=ai',
    viewport: { width: 390, height: 844 },
    ready: async (page) => {
      await page.getByRole('button', { name: /^Filters/ }).click()
      await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible()
    },
  },
  {
    name: 'feed with read stories and the last visit’s rule',
    url: () => '/',
    ready: async (page, site) => {
      const first = site.cards[0]!
      const read = {
        [first.slug]: {
          at: '2024-03-01T00:00:00.000Z',
          date: first.date,
          source: site.facets.providers[first.provider]!.domain,
        },
      }
      const seenNewest = site.cards[Math.min(4, site.cards.length - 1)]!.date
      // The first load settles (its feed drawn) before the state it would write is replaced.
      await expectCount(page, countText(site.facets.articleCount))
      await seedReader(page, { read, seenNewest })
      await expectCount(page, countText(site.facets.articleCount))
      await expect(page.locator('#stories article[data-read]').first()).toBeVisible()
      if (site.cards.some((c) => c.date > seenNewest)) {
        await expect(page.getByTestId('seen-rule')).toBeAttached()
      }
    },
  },
  {
    name: 'story menu',
    url: () => '/',
    ready: async (page, site) => {
      await expectCount(page, countText(site.facets.articleCount))
      await page.getByRole('main').getByRole('button', { name: 'More actions' }).first().click()
      await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible()
    },
  },
  {
    name: 'saved stories',
    url: () => '/saved',
    ready: async (page, site) => {
      await seedReader(page, { saved: savedOf(site) })
      await expect(page.getByRole('list', { name: 'Saved stories' })).toBeVisible()
    },
  },
  {
    name: 'settings with mutes',
    url: () => '/settings',
    ready: async (page, site) => {
      await seedReader(page, {
        muted: {
          topics: [site.facets.topics[0]!.slug],
          sources: [site.facets.providers[0]!.domain],
        },
      })
      await expect(page.getByRole('list', { name: 'Muted topics and sources' })).toBeVisible()
    },
  },
  {
    name: 'keyboard shortcuts dialog',
    url: () => '/',
    ready: async (page, site) => {
      await expectCount(page, countText(site.facets.articleCount))
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    },
  },
]

/** One line per violation: rule, impact, help, and the first nodes with what is wrong. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 8)
      .map(
        (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
      )
      .join('\n')
    const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''
    return `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}\n${nodes}${more}`
  })
}

const schemes = ['light', 'dark'] as const

for (const c of cases) {
  test(`axe finds no violations, light and dark: ${c.name}`, async ({ page }) => {
    const site = projectData()
    if (c.viewport) await page.setViewportSize(c.viewport)
    await page.emulateMedia({ colorScheme: schemes[0], reducedMotion: 'reduce' })
    await page.goto(c.url(site))
    await c.ready(page, site)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme })
      await expect
        .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
        .toBe(scheme === 'dark')
      // Colour transitions (hover styles) run when the scheme flips: let them end first.
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0)
      // Legacy mode runs axe.run in the page itself. The app has no frames, so the cross-frame
      // machinery of the default mode (which finishes each run in a new blank page) adds
      // nothing but time; the rules and results are the same.
      const results = await new AxeBuilder({ page })
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] })
        .analyze()
      expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10)
      const found = describe(results.violations)
      expect
        .soft(found.length, `axe violations on ${c.name} (${scheme}):\n\n${found.join('\n\n')}\n`)
        .toBe(0)
    }
  })
}
