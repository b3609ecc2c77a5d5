export interface TabItem {
  id: string
  label: string
  href: string
}

/** Sub-pages of a screen, as links so each has its own address (and Back works). */
export function Tabs({ items, active, label }: { items: readonly TabItem[]; active: string; label: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      {items.map((it) => (
        <a
          key={it.id}
          href={it.href}
          className={`tabs__tab${it.id === active ? ' is-active' : ''}`}
          aria-current={it.id === active ? 'page' : undefined}
        >
          {it.label}
        </a>
      ))}
    </nav>
  )
}
