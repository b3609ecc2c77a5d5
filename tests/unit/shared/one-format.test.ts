// Issue 16 point 4: one format everywhere. Every message main/ and shared/ can show a person holds
// no ISO date and no dot decimal (tests/helpers/format-scan.ts says precisely what counts), and no
// message drops a raw date or a raw decimal into its text. The catalogue and the screens are
// scanned in tests/renderer/one-format.test.tsx, the running app in tests/e2e/one-format.spec.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { describeFindings, findFormatProblems } from '../../shared/format-scan'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) {
      if (name !== 'migrations') sourceFiles(p, out)
    } else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p)
  }
  return out
}

// Text a person reads: a word and a space somewhere. Identifiers, codes and SQL are not prose.
const PROSE = /^(?=.*[A-Za-zÀ-ÿ]{3,})(?=.* )/s
// SVG drawn for paper: coordinates, not text (its <text> contents are formatted by the helpers).
const MARKUP = /^\s*</
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WHERE|VALUES)\b/

// An interpolated value that holds a date (by its name) must go through a formatter.
const DATE_NAME =
  /^(date|asOf|from|to|until|since|due|dueDate|today|[a-z]+Date|[a-z_]+_date|[a-z]+At|[a-z_]+_at|effectiveFrom|[a-z]+Through)$/
// Names that hold a date already written for people (the printed stamp of the books' PDFs).
const FORMATTED_NAME = /^(printedAt)$/
const FORMATTER = /^(format\w*|fmt\w*|rp|tanggal|dateText|longDate|shortDate|monthLabel|periodLabel)\(/
// Developer errors (RangeError etc. for impossible inputs) are not messages to the treasurer.
const DEVELOPER_ERROR = /^new (RangeError|TypeError|Error)\(/

interface Finding {
  where: string
  text: string
}

function scanSource(file: string): Finding[] {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  )
  const rel = relative(ROOT, file)
  const found: Finding[] = []
  const where = (n: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`
  const insideDeveloperError = (n: ts.Node): boolean => {
    for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
      if (ts.isNewExpression(p) && DEVELOPER_ERROR.test(p.getText(sf))) return true
      if (ts.isCallExpression(p) && /\.(prepare|exec|pragma)$/.test(p.expression.getText(sf))) return true
    }
    return false
  }
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n)) return
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      if (PROSE.test(n.text) && !SQL.test(n.text) && !MARKUP.test(n.text) && !insideDeveloperError(n)) {
        for (const line of describeFindings(where(n), findFormatProblems(n.text)))
          found.push({ where: where(n), text: line })
      }
    } else if (ts.isTemplateExpression(n)) {
      const literal = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join('…')
      if (PROSE.test(literal) && !SQL.test(literal) && !MARKUP.test(literal) && !insideDeveloperError(n)) {
        for (const line of describeFindings(where(n), findFormatProblems(literal)))
          found.push({ where: where(n), text: line })
        for (const span of n.templateSpans) {
          const e = span.expression.getText(sf)
          const last = e.split(/[.\s]/).pop() ?? ''
          if (DATE_NAME.test(last) && !FORMATTED_NAME.test(last) && !FORMATTER.test(e))
            found.push({ where: where(n), text: `${where(n)}: raw date \${${e}} in "${literal.slice(0, 80)}"` })
          if (
            /\.toFixed\(\d\)$/.test(e) ||
            (/\.toString\(\)$/.test(e) && /Decimal|\.(mul|div|plus|minus|times)\(/.test(e))
          ) {
            found.push({ where: where(n), text: `${where(n)}: raw decimal \${${e}} in "${literal.slice(0, 80)}"` })
          }
        }
      }
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return found
}

describe('one format (issue 16 point 4)', () => {
  it('the scanner tells decimals from thousands, times, sections and versions', () => {
    const kinds = (s: string) => findFormatProblems(s).map((f) => `${f.kind}:${f.match}`)
    expect(kinds('Tanggal 2026-03-31')).toEqual(['iso-date:2026-03-31'])
    expect(kinds('jasa 1.5 % sebulan, Rp0.5, 1234.50')).toEqual([
      'dot-decimal:1.5',
      'dot-decimal:0.5',
      'dot-decimal:1234.50'
    ])
    expect(kinds('Rp1.234.567, (267.850), 1.234, 31/03/2026, 31 Maret 2026, 1,5 %')).toEqual([])
    expect(kinds('pukul 14.05 WITA, DOMAIN.md §9.2, Versi 0.1.0, KK-2026-000001')).toEqual([])
    expect(kinds('12.3456 dan 1,5 dan Versi aplikasi\n0.1.0 dan 2.0')).toEqual([
      'dot-decimal:12.3456',
      'dot-decimal:2.0'
    ])
  })

  it("main's and shared's messages hold no ISO date, dot decimal or unformatted date", () => {
    const files = [...sourceFiles(join(ROOT, 'main')), ...sourceFiles(join(ROOT, 'shared'))]
    expect(files.length).toBeGreaterThan(100)
    const problems = files.flatMap(scanSource).map((f) => f.text)
    expect(problems).toEqual([])
  })
})
