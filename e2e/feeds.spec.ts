import AxeBuilder from '@axe-core/playwright'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect, test, type Page } from '@playwright/test'
import { projectData } from './support/project.ts'

/*
 * The feeds a build writes when it knows its address (SITE_URL: the bundled project's build has
 * it, the corpus project's does not): linked from the pages' heads and their Subscribe menus,
 * served by the preview, and valid.
 */

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

/** Fetches a feed file through the page's origin; checks it is well-formed and parses it. */
async function load(page: Page, url: string) {
  const res = await page.request.get(url)
  expect(res.status(), url).toBe(200)
  const text = await res.text()
  if (url.endsWith('.json')) return JSON.parse(text)
  expect(XMLValidator.validate(text), url).toBe(true)
  return xml.parse(text)
}

test(
  'the Subscribe menu and the head link each feed of a topic; each is valid',
  { tag: '@bundled-only' },
  async ({ page }) => {
    const site = projectData()
    const topic = site.facets.topics[0]!
    await page.goto(`/topics/${topic.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name)
    const alternates = page.locator('head link[rel="alternate"]')
    await expect(alternates).toHaveCount(3)
    await page.getByRole('button', { name: 'Subscribe' }).first().click()
    const menu = page.getByRole('list', { name: `Feeds of ${topic.name}` })
    await expect(menu).toBeVisible()
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    const links = await menu
      .getByRole('link')
      .evaluateAll((as) =>
        as.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).href })),
      )
    expect(links.map((l) => l.text)).toEqual([
      'RSS',
      'Atom',
      'JSON Feed',
      'Every topic and source (OPML)',
    ])
    const heads = await alternates.evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href))
    expect(heads).toEqual(links.slice(0, 3).map((l) => l.href))

    // Every item of the topic's feed is one of the topic's stories, linking to its original.
    const stories = site.cards.filter((c) => c.topics.includes(topic.id))
    const urls = new Map(stories.map((c) => [c.slug, site.article(c.slug).url]))
    const rss = (await load(page, links[0]!.href)).rss.channel
    expect(rss.title).toBe(`${topic.name} — Broadsheet`)
    const items = [rss.item].flat()
    expect(items).toHaveLength(Math.min(50, stories.length))
    for (const item of items) {
      const slug = new URL(item.guid['#text']).pathname.replace('/articles/', '')
      expect(item.link).toBe(urls.get(slug))
    }
    const atom = (await load(page, links[1]!.href)).feed
    expect([atom.entry].flat()).toHaveLength(items.length)
    const json = await load(page, links[2]!.href)
    expect(json.items).toHaveLength(items.length)
    // The story pages the feeds name open.
    await page.goto(new URL(items[0].guid['#text']).pathname)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(items[0].title))
  },
)

test(
  'the OPML lists every topic and source feed, each of which resolves; sitemap and robots too',
  { tag: '@bundled-only' },
  async ({ page }) => {
    const site = projectData()
    await page.goto('/')
    await page.getByRole('contentinfo').getByRole('button', { name: 'Subscribe' }).click()
    const opmlHref = await page
      .getByRole('link', { name: 'Every topic and source (OPML)' })
      .getAttribute('href')
    const opml = (await load(page, opmlHref!)).opml
    const outlines = [opml.body.outline]
      .flat()
      .flatMap((group: { outline: unknown }) => [group.outline].flat()) as { '@xmlUrl': string }[]
    expect(outlines).toHaveLength(site.facets.topics.length + site.facets.providers.length)
    for (const outline of outlines) {
      const feed = await load(page, outline['@xmlUrl'])
      expect(feed.rss['@version']).toBe('2.0')
    }
    const sitemap = (await load(page, '/sitemap.xml')).urlset
    expect([sitemap.url].flat().length).toBeGreaterThan(site.facets.articleCount)
    const robots = await (await page.request.get('/robots.txt')).text()
    expect(robots).toContain('Sitemap: http://localhost:')
  },
)

test('a build without SITE_URL links no feeds', { tag: '@corpus-only' }, async ({ page }) => {
  await page.goto(`/topics/${projectData().facets.topics[0]!.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Subscribe' })).toHaveCount(0)
  await expect(page.locator('head link[rel="alternate"]')).toHaveCount(0)
  // No file: the preview answers with the app's page (its single-page fallback), not a feed.
  const res = await page.request.get('/feeds/all.xml')
  expect(res.headers()['content-type']).not.toContain('xml')
})
