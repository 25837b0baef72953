import { Outlet, ScrollRestoration } from 'react-router'
import { UpdatePrompt } from '../../components/display/app-status.tsx'
import { DisplaySync } from '../../components/display/display-sync.tsx'
import { ReaderNotice } from '../../components/display/reader-notice.tsx'
import { KeyboardShortcuts } from '../../components/keyboard/keyboard-shortcuts.tsx'
import { SiteHeader } from '../../components/site-header.tsx'
import { SkipLinks, SKIP_TARGETS } from '../../components/skip-links.tsx'
import { SubscribeMenu } from '../../components/subscribe-menu.tsx'

export function RootLayout() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLinks />
      <DisplaySync />
      <SiteHeader />
      <main
        id={SKIP_TARGETS.main}
        tabIndex={-1}
        className="mx-auto w-full max-w-[1440px] flex-1 px-4 py-3 outline-none sm:px-6 sm:py-8 lg:px-10"
      >
        <ReaderNotice />
        <Outlet />
      </main>
      <footer className="flex flex-col items-center gap-3 border-t border-rule px-4 py-6 text-center text-xs text-muted sm:px-6">
        <p>
          Broadsheet — a reader for curated news digests. Stories link to their original publishers.
        </p>
        <div className="flex flex-wrap items-center justify-center gap-3">
          <KeyboardShortcuts />
          <SubscribeMenu subject={{ kind: 'all' }} name="Broadsheet" />
        </div>
        {/* A bar fixed at the foot of the screen; in the footer, so within a landmark. */}
        <UpdatePrompt />
      </footer>
      <ScrollRestoration />
    </div>
  )
}
