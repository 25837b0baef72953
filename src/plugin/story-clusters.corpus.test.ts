import { beforeAll, describe, expect, it } from 'vitest'
import type { Dataset } from './build-dataset.ts'
import { ArticleStore } from './article-store.ts'
import { storyClusters } from './story-clusters.ts'
import { corpusDir, hasCorpus, NO_CORPUS_REASON } from './test-support/fixtures.ts'

/*
 * Every cluster the rules of shared/clusters.ts form on the real corpus, as headlines with their
 * outlet and day. Read it when the rules change: each group must be one story.
 */
describe.skipIf(!hasCorpus)('story clusters on the real corpus', () => {
  let dataset: Dataset
  let clusters: ReturnType<typeof storyClusters>
  beforeAll(async () => {
    const store = new ArticleStore({ dir: corpusDir })
    await store.scan()
    dataset = store.result().dataset
    clusters = storyClusters(dataset)
  })
  const clusterOf = (file: string) => {
    const a = dataset.articles.find((x) => x.file === `${file}.md`)
    if (!a) throw new Error(`no article ${file}`)
    return clusters.of[a.id]
  }

  it.each([
    // Two outlets, one press release or report: linked and worded alike.
    [
      '2019-12-23-artificial-intelligence-tracks-down-leukemia',
      '2019-12-26-artificial-intelligence-tracks-down-acute-myeloid-leukaemia',
    ],
    [
      '2019-12-23-artificial-intelligence-tracks-down-leukemia',
      '2019-12-26-artificial-intelligence-can-now-track-down-blood-cancer',
    ],
    [
      '2023-03-26-icmr-releases-first-ethical-guidelines-for-ai-in-healthcare',
      '2023-03-27-artificial-intelligence-in-indian-healthcare-system-icmr-releases-first-ethical-guidelines',
    ],
    // The same headline on two sites, a day apart, not linked.
    [
      '2019-12-17-the-global-machine-translation-market-at-a-cagr-of-over-19-during-the-forecast-period',
      '2019-12-18-the-global-machine-translation-market-at-a-cagr-of-over-19-during-the-forecast-period',
    ],
  ])('%s and %s are one story', (a, b) => {
    expect(clusterOf(a)).toBe(clusterOf(b))
  })

  it.each([
    // Each lists the other as related, but they are different stories.
    [
      '2019-12-20-ai-accelerator-card-offers-face-object-recognition-applications',
      '2019-12-20-amazons-face-recognition-disproportionately-matched-congressional-members-of-color-with-mugshots',
    ],
    [
      '2019-12-17-the-global-machine-translation-market-at-a-cagr-of-over-19-during-the-forecast-period',
      '2019-12-24-machine-translationmt-system-market-in-depth-analysis-report-2019',
    ],
    [
      '2019-12-21-what-is-natural-language-processing-nlp',
      '2019-12-25-google-cloud-team-releases-automl-natural-language',
    ],
    // Alike titles, different stories (and six days apart).
    [
      '2019-12-21-what-is-natural-language-processing-nlp',
      '2019-12-27-statistical-natural-language-processing-market',
    ],
    // Sharing only what every headline of an AI digest has.
    [
      '2019-12-23-5-artificial-intelligence-stocks-to-consider',
      '2019-12-27-neurodiversity-in-artificial-intelligence',
    ],
    [
      '2019-12-23-5-artificial-intelligence-stocks-to-consider',
      '2019-12-23-artificial-intelligence-tracks-down-leukemia',
    ],
    [
      '2021-03-01-core-scientific-achieves-aws-high-performance-computing-competency-status',
      '2021-03-11-electrifai-achieves-aws-machine-learning-competency-status-in-applied-ai',
    ],
  ])('%s and %s are different stories', (a, b) => {
    expect(clusterOf(a)).not.toBe(clusterOf(b))
  })

  it('groups only articles that report the same story', () => {
    const { articles } = dataset
    const groups = new Map<number, string[]>()
    for (const a of articles) {
      const root = clusters.of[a.id]!
      groups.set(root, [
        ...(groups.get(root) ?? []),
        `${a.date.slice(0, 10)} ${a.provider.domain}: ${a.title}`,
      ])
    }
    const formed = [...groups.values()].filter((g) => g.length > 1)
    expect(formed).toMatchSnapshot()
    expect(clusters.hidden).toHaveLength(formed.reduce((n, g) => n + g.length - 1, 0))
  })
})

describe.runIf(!hasCorpus)('story clusters on the real corpus', () => {
  it.skip(NO_CORPUS_REASON, () => {})
})
