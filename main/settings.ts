import type { Book } from './db/book-type'

export function getSetting(book: Book, key: string): string | null {
  const r = book.q.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  return r?.value ?? null
}

export function setSetting(book: Book, key: string, value: string | null): void {
  if (value === null) book.q.prepare('DELETE FROM settings WHERE key = ?').run(key)
  else
    book.q
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value)
}
