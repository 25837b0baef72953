import { test } from '@playwright/test'
import { siteData } from './data.ts'
import { searchDocs } from './search.ts'

/** The running test's project: `bundled`, `corpus`, `scale` or `base`. */
export const project = () => test.info().project.name

/** The built data of the site the running test's project serves. */
export const projectData = () => siteData(project())

/** The search oracle's articles of that site. */
export const projectDocs = () => searchDocs(project())
