// Every string the user reads comes from the catalogue (renderer/src/i18n): this test parses every .tsx file
// of the renderer with the TypeScript compiler and fails on text written straight into JSX, in a child
// (`<p>Simpan</p>`, `{'Simpan'}`, `{ok ? 'Ya' : 'Tidak'}`, `{`Tahun ${y}`}`) or in an attribute a person
// reads or hears (title, placeholder, aria-label, alt, label, …).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const SRC = join(ROOT, 'renderer/src')

/** Attributes whose text is shown or read aloud. */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'label',
  'lead',
  'hint',
  'legend',
  'caption',
  'summary',
  'confirmLabel',
  'emptyText'
])

const LETTER = /\p{L}/u

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []
  )
}

export interface Literal {
  file: string
  line: number
  text: string
}

/**
 * The literal text pieces an expression puts on screen: string literals and the fixed parts of template
 * literals, followed through ?:, &&, ||, ?? and +, and parentheses. Calls (formatters, the catalogue's own
 * functions) and nested JSX are not followed: nested JSX is visited on its own.
 */
function shownPieces(e: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e]
  if (ts.isTemplateExpression(e))
    return [e.head, ...e.templateSpans.flatMap((s) => [s.literal, ...shownPieces(s.expression)])]
  if (ts.isParenthesizedExpression(e)) return shownPieces(e.expression)
  if (ts.isConditionalExpression(e)) return [...shownPieces(e.whenTrue), ...shownPieces(e.whenFalse)]
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownPieces(e.right)
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    )
      return [...shownPieces(e.left), ...shownPieces(e.right)]
  }
  return []
}

function pieceText(n: ts.Node): string {
  return ts.isStringLiteral(n) ||
    ts.isNoSubstitutionTemplateLiteral(n) ||
    ts.isTemplateHead(n) ||
    ts.isTemplateMiddle(n) ||
    ts.isTemplateTail(n)
    ? n.text
    : ''
}

/** The literal text in JSX of one source file. */
export function literalsIn(fileName: string, source: string): Literal[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: Literal[] = []
  const report = (node: ts.Node, text: string) =>
    found.push({
      file: fileName,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.trim()
    })
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text)
    if (ts.isJsxExpression(node) && node.expression) {
      const p = node.parent
      const shown =
        ts.isJsxElement(p) ||
        ts.isJsxFragment(p) ||
        (ts.isJsxAttribute(p) && VISIBLE_ATTRIBUTES.has(p.name.getText(sf)))
      if (shown)
        for (const piece of shownPieces(node.expression))
          if (LETTER.test(pieceText(piece))) report(piece, pieceText(piece))
    }
    if (
      ts.isJsxAttribute(node) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText(sf)) &&
      LETTER.test(node.initializer.text)
    )
      report(node.initializer, node.initializer.text)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

describe('strings in the catalogue', () => {
  it('the scanner finds literal text in JSX children and visible attributes, and not in code', () => {
    const sample = `
      const A = () => (
        <div className="x" data-testid="y" title="Judul">
          Halo {name}
          <input placeholder={'Ketik nama'} aria-label={ok ? t.a : 'Tidak ada'} />
          {\`Tahun \${year}\`}
          {open && 'Terbuka'}
          {t.common.save} {format('Rp')} {' · '} {n} 123 —
          <img alt="" />
        </div>
      )`
    expect(literalsIn('sample.tsx', sample).map((l) => l.text)).toEqual([
      'Judul',
      'Halo',
      'Ketik nama',
      'Tidak ada',
      'Tahun',
      'Terbuka'
    ])
  })

  it('no .tsx file of the renderer writes user-visible text outside renderer/src/i18n', () => {
    const files = tsxFiles(SRC).filter((f) => !relative(SRC, f).startsWith('i18n'))
    expect(files.length).toBeGreaterThan(100)
    const found = files.flatMap((f) => literalsIn(relative(ROOT, f), readFileSync(f, 'utf8')))
    expect(found.map((l) => `${l.file}:${l.line} ${JSON.stringify(l.text)}`)).toEqual([])
  })
})
