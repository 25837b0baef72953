import { expect, test } from '@playwright/test'

test('the feed lists the bundled articles, newest first', async ({ page }) => {
  test.skip(test.info().project.name !== 'bundled', 'counts are specific to the bundled articles')
  await page.goto('/')
  await expect(page.getByRole('status')).toHaveText('5 articles')
  const headings = page.getByRole('article').getByRole('heading')
  await expect(headings).toHaveText([
    'Met Police roll out facial recognition technology to tackle London’s shoplifting',
    'Revealed: Home Office secretly lobbied for facial recognition ‘spy’ company',
    'UK government seeks expanded use of AI-based facial recognition by police',
    'Home Office secretly backs facial recognition technology to curb shoplifting',
    'Home Office pushes for more police facial-recognition deployments',
  ])
  await expect(page.getByRole('article').first()).toContainText('Business Matters')
})

test('the feed shows the real corpus', async ({ page }) => {
  test.skip(test.info().project.name !== 'corpus', 'runs on the real corpus only')
  await page.goto('/')
  await expect(page.getByRole('status')).toHaveText('242 articles')
})
