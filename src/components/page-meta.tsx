const SITE = 'Broadsheet'

/**
 * The page's `<title>` ("Computer Vision — Broadsheet") and meta description, rendered where
 * the page is and hoisted into `<head>` by React.
 */
export function PageMeta({ title, description }: { title?: string; description?: string }) {
  return (
    <>
      <title>{title ? `${title} — ${SITE}` : SITE}</title>
      {description && <meta name="description" content={description} />}
    </>
  )
}
