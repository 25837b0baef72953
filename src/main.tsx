import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppProvider } from './app/provider.tsx'
import './index.css'
import { preloadPages } from './app/router.tsx'
import { startServiceWorker } from './lib/pwa.ts'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider />
  </StrictMode>,
)

// Neither is needed for the first screen: both wait for the browser to be idle.
preloadPages()
startServiceWorker()
