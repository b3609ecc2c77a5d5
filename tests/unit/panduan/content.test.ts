import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { GLOSSARY, glossaryEntry, isGlossaryId, searchGlossary } from '../../../shared/panduan/glossary'
import { DOMAIN_SECTIONS, DOMAIN_SOURCES, sectionsIn } from '../../../shared/panduan/sources'
import { WHY_TEXTS, whyTextFor } from '../../../shared/panduan/why'

const root = fileURLToPath(new URL('../../../', import.meta.url))
/** docs/DOMAIN.md, the domain reference the code cites as "DOMAIN.md §N". */
const domainFile = join(root, 'docs', 'DOMAIN.md')

/** Every "?" marker in the renderer's source: `term="id"` or `term={'id'}` on TermHelp or a Field. */
export function termMarkers(source: string): string[] {
  return [...source.matchAll(/\bterm=(?:"([^"]+)"|\{'([^']+)'\})/g)].map((m) => (m[1] ?? m[2])!)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(n) ? [p] : []
  })
}

describe('Glosarium', () => {
  it('has at least 80 entries, each with a plain definition, a rule, its basis in DOMAIN.md and an example in rupiah', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(80)
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length)
    for (const e of GLOSSARY) {
      expect(e.term.trim(), e.id).not.toBe('')
      expect(e.definition.length, e.id).toBeGreaterThan(20)
      expect(e.rule.length, e.id).toBeGreaterThan(20)
      expect(e.example, e.id).toMatch(/Rp\d/)
      expect(e.basis.sections.length, e.id).toBeGreaterThan(0)
      for (const s of e.basis.sections) expect(DOMAIN_SECTIONS, `${e.id} cites ${s}`).toContain(s)
      for (const k of e.basis.sources) expect(Object.keys(DOMAIN_SOURCES), `${e.id} cites ${k}`).toContain(k)
      if (e.basis.status === 'VERIFIED')
        expect(e.basis.sources.length, `${e.id} is VERIFIED without a source`).toBeGreaterThan(0)
      if (e.basis.status === 'ASSUMED' && e.basis.sources.length === 0)
        expect(e.rule.length + (e.basis.note?.length ?? 0), e.id).toBeGreaterThan(0)
      for (const r of e.related ?? []) expect(isGlossaryId(r), `${e.id} → ${r}`).toBe(true)
      // Plain Indonesian on screen: no ISO dates, no decimal points in amounts.
      for (const text of [e.definition, e.rule, e.example]) {
        expect(text, e.id).not.toMatch(/\d{4}-\d{2}-\d{2}/)
        expect(text, e.id).not.toMatch(/Rp\s\d|Rp\d+\.\d{1,2}\b(?!\d)/)
      }
    }
  })

  it('covers the terms the issue names', () => {
    for (const id of [
      'simpanan-pokok',
      'simpanan-wajib',
      'simpanan-sukarela',
      'shu',
      'jma',
      'jua',
      'rat',
      'pengurus',
      'pengawas',
      'anggota-luar-biasa',
      'kolektibilitas',
      'ppap',
      'jasa-pinjaman',
      'jasa-simpanan',
      'provisi',
      'denda',
      'hpp',
      'persediaan',
      'penyusutan',
      'neraca',
      'arus-kas',
      'ekuitas',
      'modal-sendiri',
      'dana-cadangan'
    ]) {
      expect(glossaryEntry(id), id).toBeDefined()
    }
  })

  it('cites only what DOMAIN.md holds: every source key and every section heading is there', () => {
    const domain = readFileSync(domainFile, 'utf8')
    for (const key of Object.keys(DOMAIN_SOURCES)) expect(domain, key).toContain(`| ${key}`)
    const headings = new Set([...domain.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => `§${m[1]}`))
    for (const s of DOMAIN_SECTIONS) expect(headings.has(s), s).toBe(true)
  })

  it('search finds a term by its name, an abbreviation, or a word of its definition, best match first', () => {
    expect(searchGlossary('jma')[0]!.id).toBe('jma')
    expect(searchGlossary('JUA')[0]!.id).toBe('jua')
    expect(searchGlossary('bunga').map((e) => e.id)).toEqual(expect.arrayContaining(['jasa-pinjaman', 'jasa-simpanan']))
    expect(searchGlossary('simpanan wajib')[0]!.id).toBe('simpanan-wajib')
    expect(searchGlossary('ppap')[0]!.id).toBe('ppap')
    expect(searchGlossary('zzzz tidak ada')).toEqual([])
    expect(searchGlossary('')).toHaveLength(GLOSSARY.length)
  })

  it('every "?" marker in the screens names an entry of the glossary (and the check itself catches a missing one)', () => {
    expect(termMarkers(`<TermHelp term="simpanan-wajib" /> <Field term={'tidak-ada'} label="x">`)).toEqual([
      'simpanan-wajib',
      'tidak-ada'
    ])
    const markers = sourceFiles(join(root, 'renderer', 'src')).flatMap((f) =>
      termMarkers(readFileSync(f, 'utf8')).map((id) => ({ id, file: f.slice(root.length) }))
    )
    expect(markers.length).toBeGreaterThanOrEqual(30)
    const missing = markers.filter((m) => !isGlossaryId(m.id))
    expect(
      missing,
      `markers without a glossary entry: ${missing.map((m) => `${m.id} (${m.file})`).join(', ')}`
    ).toEqual([])
  })
})

describe('Why-texts', () => {
  it('every screen of the menu says what it is for, who does it, how often and what goes wrong when skipped', () => {
    // The menu's screen ids, read from its source (renderer code is not part of this test project).
    const nav = [
      ...readFileSync(join(root, 'renderer/src/screens/shell/nav.ts'), 'utf8').matchAll(/\{ id: '([a-z-]+)'/g)
    ].map((m) => m[1]!)
    expect(nav.length).toBeGreaterThanOrEqual(12)
    for (const id of nav) expect(whyTextFor(id), id).not.toBeNull()
    for (const [key, w] of Object.entries(WHY_TEXTS)) {
      expect(w.title.trim().length, key).toBeGreaterThan(1)
      for (const f of [w.purpose, w.who, w.when, w.skipped]) expect(f.trim().length, key).toBeGreaterThan(3)
      for (const s of w.basis) expect(DOMAIN_SECTIONS, key).toContain(s)
      for (const t of w.terms) expect(isGlossaryId(t), `${key} → ${t}`).toBe(true)
    }
  })

  it('a sub-page has its own text where the work differs, else the screen text', () => {
    expect(whyTextFor('simpanan', 'tunggakan')!.title).toBe('Tunggakan wajib')
    expect(whyTextFor('simpanan', 'tidak-ada')!.title).toBe('Simpanan')
    expect(whyTextFor('tidak-ada')).toBeNull()
    expect(sectionsIn('§5.4, §5.5')).toEqual(['§5.4', '§5.5'])
  })
})
