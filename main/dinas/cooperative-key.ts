// Which reports come from the same cooperative: used by the yearly recap (./consolidation.ts) and the
// periodic reports (./periodic.ts), which import each other's neighbours and so share it from here.

/** A name compared without case or extra spaces. */
export const normalizedName = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ')

/** A cooperative is the same one by its Nomor Induk Koperasi, else by name and kabupaten/kota. */
export function cooperativeKey(c: { name: string; nikKoperasi: string | null; regency: string | null }): string {
  const nik = c.nikKoperasi?.replace(/\D/g, '') ?? ''
  return nik ? `nik:${nik}` : `nama:${normalizedName(c.name)}|${normalizedName(c.regency ?? '')}`
}
