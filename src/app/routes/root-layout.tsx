import { Outlet } from 'react-router'

export function RootLayout() {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-rule px-4 py-6 text-center">
        <p className="font-serif text-4xl font-semibold tracking-tight">Broadsheet</p>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <Outlet />
      </main>
    </div>
  )
}
