/**
 * One policy for the Electron window and browser mode: only the app's own scripts and styles,
 * RPC to its own origin, no plugins, no framing except the app's own PDFs (blob URLs).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  // The PDF the app itself made (Buku RAT) previews in a frame of its blob URL; nothing else may be framed.
  'frame-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
