// Colours live in one place (renderer/src/styles/tokens.css): every other stylesheet of the renderer names
// a custom property. And `!important` is the exception it should be: each one says why in a comment.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const SRC = join(ROOT, 'renderer/src')
const TOKENS = 'renderer/src/styles/tokens.css'

/** CSS named colours (all of them, CSS Color 4), besides the keywords allowed everywhere. */
const NAMED = (
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
  'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
  'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
  'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
  'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
  'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
  'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
  'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
  'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
  'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
  'palegoldenrod palegreen paleturquoise palevioletred papayawhip peru pink plum powderblue purple rebeccapurple red ' +
  'rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray ' +
  'slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
).split(' ')

const COLOUR = new RegExp(
  String.raw`#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|(?<![-\w.#])(?:` +
    NAMED.join('|') +
    String.raw`)(?![-\w])`,
  'gi'
)

/** A declaration `property: value` (comments already blanked out). */
const DECLARATION = /([-\w]+)\s*:\s*([^;{}]+)(?=[;}])/g

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []
  )
}

/** Comments replaced by spaces, newlines kept: positions and line numbers stay those of the file. */
function blankComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

/** Literal colours in the declarations of a stylesheet, as `line: colour`. */
export function literalColours(css: string): string[] {
  const clean = blankComments(css)
  const found: string[] = []
  for (const d of clean.matchAll(DECLARATION)) {
    for (const c of d[2]!.matchAll(COLOUR)) found.push(`${lineAt(clean, d.index! + d[0].indexOf(d[2]!))}: ${c[0]}`)
  }
  return found
}

/**
 * `!important` without a reason: the declaration's line, or the line just above it, must carry a comment
 * of a few words saying why.
 */
export function unjustifiedImportant(css: string): number[] {
  const lines = css.split('\n')
  const clean = blankComments(css).split('\n')
  const hasReason = (l: string | undefined) => /\/\*\s*\S.{8,}\*\//.test(l ?? '')
  const found: number[] = []
  clean.forEach((l, i) => {
    if (/!\s*important/i.test(l) && !hasReason(lines[i]) && !hasReason(lines[i - 1])) found.push(i + 1)
  })
  return found
}

describe('stylesheets use the tokens', () => {
  it('the checks see literal colours in values (not in selectors or comments) and bare !important', () => {
    const sample = [
      '.red-box, #main { color: #1d5b94; }',
      '/* white on red: #fff */',
      '.a { background: rgba(0, 0, 0, 0.2); border: 1px solid White; white-space: nowrap; }',
      '.b { color: var(--text); fill: currentColor; background: transparent; }',
      '.c { display: none !important; }',
      '.d {',
      '  /* print: wins over the inline style of the component */',
      '  display: block !important;',
      '}'
    ].join('\n')
    expect(literalColours(sample)).toEqual(['1: #1d5b94', '3: rgba(', '3: White'])
    expect(unjustifiedImportant(sample)).toEqual([5])
  })

  it('no literal colour outside tokens.css', () => {
    const files = cssFiles(SRC)
    expect(files.map((f) => relative(ROOT, f))).toContain(TOKENS)
    const found = files
      .filter((f) => relative(ROOT, f) !== TOKENS)
      .flatMap((f) => literalColours(readFileSync(f, 'utf8')).map((c) => `${relative(ROOT, f)}:${c}`))
    expect(found).toEqual([])
  })

  it('every !important says why in a comment', () => {
    const found = cssFiles(SRC).flatMap((f) =>
      unjustifiedImportant(readFileSync(f, 'utf8')).map((line) => `${relative(ROOT, f)}:${line}`)
    )
    expect(found).toEqual([])
  })
})
