import { Outlet, ScrollRestoration } from 'react-router'
import { SiteHeader } from '../../components/site-header.tsx'

export function RootLayout() {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-sm focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
      >
        Skip to content
      </a>
      <SiteHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-[1440px] flex-1 px-4 py-8 outline-none sm:px-6 lg:px-10"
      >
        <Outlet />
      </main>
      <footer className="border-t border-rule py-6 text-center text-xs text-muted">
        Broadsheet — a reader for curated news digests. Stories link to their original publishers.
      </footer>
      <ScrollRestoration />
    </div>
  )
}
