/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { pwaOptions } from './src/plugin/pwa-options.ts'
import { articles } from './src/plugin/vite-plugin-articles.ts'

// ARTICLES_DIR, ARTICLES_ON_INVALID and ARTICLES_ASSET_BASE_URL are read by the plugin itself,
// so `npm run check:articles` and the build agree. BASE_PATH deploys under a sub-path.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), tailwindcss(), articles(), VitePWA(pwaOptions)],
  build: { target: 'es2022' },
  preview: { port: 4173 },
  test: {
    // Logic tests (*.test.ts) run in Node; component tests (*.test.tsx) in jsdom.
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
})
