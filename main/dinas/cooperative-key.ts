/** A name compared without case or extra spaces. */
export const normName = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ')

/** A cooperative is the same one by its Nomor Induk Koperasi, else by name and kabupaten/kota. */
export function cooperativeKey(c: { name: string; nikKoperasi: string | null; regency: string | null }): string {
  const nik = c.nikKoperasi?.replace(/\D/g, '') ?? ''
  return nik ? `nik:${nik}` : `nama:${normName(c.name)}|${normName(c.regency ?? '')}`
}
