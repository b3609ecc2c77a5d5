/** A blob URL for a file the book host returned as base64 (revoke it when done). */
export function base64Url(base64: string, mime: string): string {
  const bin = atob(base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return URL.createObjectURL(new Blob([bytes], { type: mime }))
}

/** Offers a file the book host wrote (returned as base64) as a download in the browser. */
export function downloadBase64(base64: string, name: string, mime: string): void {
  const url = base64Url(base64, mime)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
