import { useEffect } from 'react'

const SITE = 'Broadsheet'

/** Sets `document.title` ("<title> · Broadsheet") and the meta description for the current page. */
export function useDocumentMeta(title: string | undefined, description?: string) {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE}` : SITE
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]')
    if (meta && description) meta.content = description
  }, [title, description])
}
