/** The seven outlets an Inpres 9/2025 KDKMP runs (DOMAIN.md §1.4), as editable defaults. */
export const DEFAULT_UNITS: { code: string; name: string; description: string | null }[] = [
  { code: 'KANTOR', name: 'Kantor Koperasi', description: 'Administrasi dan umum' },
  { code: 'SEMBAKO', name: 'Gerai Sembako', description: 'Pengadaan dan penjualan sembilan bahan pokok' },
  { code: 'USP', name: 'Unit Simpan Pinjam', description: 'Simpanan dan pinjaman anggota' },
  { code: 'KLINIK', name: 'Klinik Desa', description: 'Layanan kesehatan' },
  { code: 'APOTEK', name: 'Apotek Desa', description: 'Obat dan alat kesehatan' },
  { code: 'GUDANG', name: 'Gudang / Cold Storage', description: 'Pergudangan dan penyimpanan dingin' },
  { code: 'LOGISTIK', name: 'Logistik', description: 'Angkutan dan distribusi' }
]
