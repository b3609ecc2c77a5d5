import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { formatDateWithDay } from '../../../../shared/dates/format'
import { useBook } from '../../app/BookContext'
import { HealthProvider } from '../../app/health'
import { useSession } from '../../app/session'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href, useRoute } from '../../lib/router'
import { useResultFocus } from '../../lib/resultFocus'
import { HomeScreen } from '../home/HomeScreen'
import { JournalScreen } from '../journal/JournalScreen'
import { MembersScreen } from '../members/MembersScreen'
import { SavingsScreen } from '../savings/SavingsScreen'
import { LoansScreen } from '../loans/LoansScreen'
import { ReportsScreen } from '../reports/ReportsScreen'
import { SettingsScreen } from '../settings/SettingsScreen'
import { TradingScreen } from '../trading/TradingScreen'
import { BookkeepingScreen } from '../bookkeeping/BookkeepingScreen'
import { HealthStatus } from './HealthStatus'
import { TillScreen } from '../till/TillScreen'
import { navFor, screenOf, type ScreenId } from './nav'
import { UserMenu } from './UserMenu'
import { RatScreen } from '../rat/RatScreen'
import { DinasScreen } from '../dinas/DinasScreen'
import { PanduanScreen } from '../panduan/PanduanScreen'
import { GlossaryProvider } from '../panduan/GlossaryDialog'
import { WhyPanel } from '../panduan/WhyPanel'

function Screen({ id, sub, query }: { id: ScreenId; sub: string | undefined; query: Record<string, string> }) {
  switch (id) {
    case 'beranda':
      return <HomeScreen />
    case 'kasir':
      return <TillScreen sub={sub} />
    case 'jurnal':
      return <JournalScreen sub={sub} query={query} />
    case 'laporan':
      return <ReportsScreen sub={sub} query={query} />
    case 'pengaturan':
      return <SettingsScreen sub={sub} />
    case 'unit-usaha':
      return <TradingScreen sub={sub} query={query} />
    case 'kas':
      return <BookkeepingScreen sub={sub} query={query} />
    case 'anggota':
      return <MembersScreen sub={sub} query={query} />
    case 'simpanan':
      return <SavingsScreen sub={sub} query={query} />
    case 'pinjaman':
      return <LoansScreen sub={sub} query={query} />
    case 'rat':
      return <RatScreen sub={sub} query={query} />
    case 'dinas':
      return <DinasScreen sub={sub} query={query} />
    case 'panduan':
      return <PanduanScreen sub={sub} query={query} />
  }
}

export function AppShell() {
  return (
    <HealthProvider>
      <GlossaryProvider>
        <Shell />
      </GlossaryProvider>
    </HealthProvider>
  )
}

function Shell() {
  const { profile, appVersion } = useBook()
  const { can } = useSession()
  const route = useRoute()
  const readable = can('read')
  const nav = navFor(can)
  const screen = screenOf(route.segments[0], readable)
  const activeNav = screen
  const mainRef = useRef<HTMLElement>(null)
  const first = useRef(true)
  const menu = useFoldingMenu(mainRef)
  useResultFocus(mainRef)

  // A new screen starts at the top, with focus on its content for keyboard users.
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    mainRef.current?.scrollTo?.(0, 0)
    mainRef.current?.focus({ preventScroll: true })
  }, [screen])

  return (
    <div className={`shell${menu.open ? ' is-menu-open' : ''}`}>
      <a
        className="skip-link"
        href="#konten"
        onClick={(e) => {
          e.preventDefault()
          mainRef.current?.focus()
        }}
      >
        {t.app.skipToContent}
      </a>
      {menu.open && <div className="menu-backdrop no-print" aria-hidden="true" onClick={() => menu.close(true)} />}
      <aside className="sidebar no-print" id="sidebar" ref={menu.sidebarRef} onKeyDown={menu.onKeyDown}>
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__text">
            <span className="brand__name">{t.app.name}</span>
            <span className="brand__tagline">{t.app.tagline}</span>
          </span>
        </div>
        <nav aria-label={t.nav.label}>
          <ul className="nav">
            {nav.map((n) => (
              <li key={n.id}>
                <a
                  className={`nav__link${n.id === activeNav ? ' is-active' : ''}`}
                  href={href(n.id)}
                  aria-current={n.id === activeNav ? 'page' : undefined}
                >
                  <span className="nav__icon" aria-hidden="true">
                    {n.icon}
                  </span>
                  <span className="nav__label">{n.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__foot">
          <HealthStatus />
          <p className="sidebar__version">{t.app.version(appVersion)}</p>
        </div>
      </aside>
      <div className="shell__main">
        <header className="topbar no-print">
          <button
            type="button"
            ref={menu.buttonRef}
            className="menu-toggle"
            aria-controls="sidebar"
            aria-expanded={menu.open}
            onClick={menu.toggle}
          >
            <span className="menu-toggle__icon" aria-hidden="true">
              ☰
            </span>
            {t.shell.menu}
          </button>
          <div className="topbar__coop">
            <span className="topbar__name">{profile.name}</span>
            <span className="topbar__place">{t.shell.address(profile.village, profile.regency)}</span>
          </div>
          <div className="topbar__right">
            <div className="topbar__date">
              <span className="sr-only">{t.shell.todayLabel}: </span>
              {formatDateWithDay(today())}
            </div>
            <UserMenu />
          </div>
        </header>
        <main className="content" id="konten" ref={mainRef} tabIndex={-1}>
          {readable && (
            <WhyPanel key={`${screen}/${route.segments[1] ?? ''}`} screen={screen} sub={route.segments[1]} />
          )}
          <Screen key={screen} id={screen} sub={route.segments[1]} query={route.query} />
        </main>
      </div>
    </div>
  )
}

/**
 * The sidebar folds away below ~1100 px (a narrow window, or 200 % zoom on a laptop): the CSS hides
 * it, and the Menu button in the top bar opens it over the page. Opening moves focus to the menu;
 * Esc or the backdrop closes it and gives focus back to the button; choosing a screen closes it.
 */
export function useFoldingMenu(mainRef: RefObject<HTMLElement | null>) {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const sidebarRef = useRef<HTMLElement>(null)

  const close = (toButton: boolean) => {
    setOpen(false)
    if (toButton) buttonRef.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    const links = sidebarRef.current?.querySelectorAll<HTMLElement>('a[href]')
    const current = sidebarRef.current?.querySelector<HTMLElement>('[aria-current="page"]')
    ;(current ?? links?.[0])?.focus()
    // A screen chosen from the open menu: the menu folds and focus goes to the new screen's content.
    const onHash = () => {
      setOpen(false)
      mainRef.current?.focus({ preventScroll: true })
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [open, mainRef])

  return {
    open,
    buttonRef,
    sidebarRef,
    toggle: () => (open ? close(true) : setOpen(true)),
    close,
    onKeyDown: (e: KeyboardEvent) => {
      if (open && e.key === 'Escape') {
        e.stopPropagation()
        close(true)
      }
    }
  }
}
