import { createHash } from 'node:crypto'
import {
  canonicalJson,
  PAYLOAD_SCHEMA,
  PAYLOAD_VERSION,
  RECAP_NUMBER_FIELDS,
  type DinasPayload,
  type DinasReport
} from '../../shared/dinas/fields'

/** sha256 (hex) of the canonical JSON of everything in the payload except `checksum` itself. */
export function payloadChecksum(p: Omit<DinasPayload, 'checksum'> | DinasPayload): string {
  const { checksum: _drop, ...rest } = p as DinasPayload
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex')
}

/** The machine-readable export of a report: every field by key, the audit head, the checksum. */
export function buildPayload(
  report: DinasReport,
  generatedAt: string,
  auditHead: DinasPayload['auditHead']
): DinasPayload {
  const body: Omit<DinasPayload, 'checksum'> = {
    schema: PAYLOAD_SCHEMA,
    schemaVersion: PAYLOAD_VERSION,
    cooperative: report.cooperative,
    year: report.year,
    generatedAt,
    fields: { ...Object.fromEntries(report.figures.map((f) => [f.key, f.value])), predikatKode: report.predicate },
    auditHead
  }
  return { ...body, checksum: payloadChecksum(body) }
}

export type PayloadCheck = { ok: true; payload: DinasPayload } | { ok: false; reason: string }

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/**
 * Reads an export a cooperative sent: refuses text that is not JSON, another schema or version,
 * missing fields (naming them) and a checksum that does not match the content (a changed figure).
 */
export function checkPayload(text: string): PayloadCheck {
  let v: unknown
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, reason: 'berkas rusak: isinya bukan JSON yang sah' }
  }
  if (!isObj(v)) return { ok: false, reason: 'berkas rusak: isinya bukan objek JSON laporan Dinas' }
  if (v.schema !== PAYLOAD_SCHEMA)
    return {
      ok: false,
      reason: `bukan ekspor laporan Dinas Lumbung (schema "${String(v.schema ?? '—')}", seharusnya "${PAYLOAD_SCHEMA}")`
    }
  if (v.schemaVersion !== PAYLOAD_VERSION)
    return {
      ok: false,
      reason: `versi ekspor ${String(v.schemaVersion)} tidak dikenal (yang dikenal: ${PAYLOAD_VERSION})`
    }
  const missing: string[] = []
  if (typeof v.year !== 'number' || !Number.isInteger(v.year)) missing.push('year')
  if (typeof v.generatedAt !== 'string' || Number.isNaN(Date.parse(v.generatedAt))) missing.push('generatedAt')
  if (typeof v.checksum !== 'string') missing.push('checksum')
  if (!isObj(v.auditHead)) missing.push('auditHead')
  const c = v.cooperative
  if (!isObj(c) || typeof c.name !== 'string' || !c.name.trim()) missing.push('cooperative.name')
  if (isObj(c) && typeof c.regency !== 'string') missing.push('cooperative.regency')
  if (isObj(c) && c.nikKoperasi !== null && typeof c.nikKoperasi !== 'string') missing.push('cooperative.nikKoperasi')
  const f = v.fields
  if (!isObj(f)) missing.push('fields')
  else {
    for (const k of RECAP_NUMBER_FIELDS)
      if (typeof f[k] !== 'number' || !Number.isFinite(f[k])) missing.push(`fields.${k}`)
    if (typeof f.izinUsaha !== 'boolean') missing.push('fields.izinUsaha')
    if (typeof f.predikatKode !== 'string') missing.push('fields.predikatKode')
  }
  if (missing.length)
    return {
      ok: false,
      reason: `berkas tidak lengkap: ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ` dan ${missing.length - 6} lainnya` : ''} tidak ada atau tidak sah`
    }
  const p = v as unknown as DinasPayload
  const expected = payloadChecksum(p)
  if (expected !== p.checksum)
    return {
      ok: false,
      reason:
        'checksum tidak cocok: isi berkas sudah diubah sesudah diekspor (angka atau data lain berbeda dari aslinya); minta koperasi mengekspor ulang'
    }
  return { ok: true, payload: p }
}
