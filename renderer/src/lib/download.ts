/** Bytes the book host returned as base64, as a Blob. */
export function base64Blob(base64: string, mime: string): Blob {
  const bin = atob(base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return new Blob([bytes], { type: mime })
}

/** A blob URL for a file the book host returned as base64 (revoke it when done). */
export function base64Url(base64: string, mime: string): string {
  return URL.createObjectURL(base64Blob(base64, mime))
}

const HELD_MAX = 6
const held: string[] = []

/**
 * A blob URL the page keeps while the treasurer may still press "Buka" or look at a preview: the
 * last few stay, older ones are let go (a blob URL holds its bytes in memory until revoked).
 */
export function heldUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob)
  held.push(url)
  while (held.length > HELD_MAX) URL.revokeObjectURL(held.shift()!)
  return url
}

/** Offers bytes the page holds as a download under the given name. */
export function saveBlob(url: string, name: string): void {
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/** Offers a file the book host wrote (returned as base64) as a download in the browser. */
export function downloadBase64(base64: string, name: string, mime: string): void {
  saveBlob(heldUrl(base64Blob(base64, mime)), name)
}
