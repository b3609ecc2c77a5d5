import { en } from './en'
import { id } from './id'

/** The catalogue's shape: every language has exactly the keys and placeholders of the Indonesian one. */
export type Messages = typeof id

/** Bahasa Indonesia (the default) or English, chosen per device in Pengaturan › Tentang. */
export type Locale = 'id' | 'en'
export const LOCALES: readonly Locale[] = ['id', 'en']

const STORAGE_KEY = 'lumbung.language'

interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

function store(): KeyValueStore | null {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage ?? null
  } catch {
    return null
  }
}

/** The language this device chose (localStorage), Bahasa Indonesia when none or unreadable. */
export function storedLocale(): Locale {
  try {
    return store()?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

/** Remembers the language for this device; it applies from the next load of the window. */
export function saveLocale(locale: Locale): void {
  store()?.setItem(STORAGE_KEY, locale)
}

/** The language of this window, fixed when it loads (changing it reloads the window). */
export const locale: Locale = storedLocale()

export const catalogues: Readonly<Record<Locale, Messages>> = { id, en }

/** The active strings. Everything the user reads comes from here. */
export const t: Messages = catalogues[locale]
