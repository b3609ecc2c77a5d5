import type { AccountType, NormalBalance } from '../../shared/ledger/types'
import type { DefaultChartAccount } from '../../shared/commands/setup'

/**
 * The chart of accounts of DOMAIN.md §2 (ASSUMED there: no national chart exists), with type
 * and group headers added so that reports can subtotal. Leaves: [code, name, normal balance if
 * it differs from the type's (contra accounts)].
 */
type Leaf = [code: string, name: string, nb?: NormalBalance]
type Group = [code: string, name: string, leaves: Leaf[]]
type TypeBlock = [code: string, name: string, type: AccountType, nb: NormalBalance, groups: Group[]]

const CHART: TypeBlock[] = [
  [
    '1',
    'Aset',
    'ASET',
    'D',
    [
      [
        '1-11',
        'Kas',
        [
          ['1-1101', 'Kas Kantor / Kas Besar'],
          ['1-1102', 'Kas Kecil'],
          ['1-1110', 'Kas Gerai']
        ]
      ],
      ['1-12', 'Bank', [['1-1201', 'Bank – Giro/Tabungan']]],
      [
        '1-13',
        'Penempatan dan Simpanan pada Pihak Lain',
        [
          ['1-1301', 'Penempatan pada Bank (Deposito)'],
          ['1-1302', 'Simpanan pada Koperasi Lain / Koperasi Sekunder']
        ]
      ],
      [
        '1-14',
        'Piutang Pinjaman',
        [
          ['1-1401', 'Piutang Pinjaman Anggota – Umum/Konsumtif'],
          ['1-1402', 'Piutang Pinjaman Anggota – Produktif/Modal Usaha'],
          ['1-1403', 'Piutang Pinjaman Koperasi Lain'],
          ['1-1410', 'Piutang Jasa Pinjaman'],
          ['1-1490', 'Cadangan Kerugian Penurunan Nilai Pinjaman (PPAP/CKPN)', 'K']
        ]
      ],
      [
        '1-15',
        'Piutang Usaha',
        [
          ['1-1501', 'Piutang Usaha – Anggota'],
          ['1-1502', 'Piutang Usaha – Non-Anggota'],
          ['1-1590', 'Cadangan Kerugian Piutang Usaha', 'K']
        ]
      ],
      [
        '1-16',
        'Persediaan',
        [
          ['1-1601', 'Persediaan Barang Dagangan – Sembako'],
          ['1-1602', 'Persediaan Obat & Alkes – Apotek Desa'],
          ['1-1603', 'Persediaan Bahan Habis Pakai – Klinik'],
          ['1-1604', 'Persediaan Saprotan/Pupuk/LPG']
        ]
      ],
      [
        '1-17',
        'Uang Muka dan Beban Dibayar di Muka',
        [
          ['1-1701', 'Uang Muka Pembelian'],
          ['1-1702', 'Beban Dibayar di Muka'],
          ['1-1703', 'Pajak Dibayar di Muka']
        ]
      ],
      ['1-18', 'Piutang Lain-lain', [['1-1801', 'Piutang Lain-lain (karyawan, pengurus)']]],
      [
        '1-21',
        'Investasi Jangka Panjang',
        [['1-2101', 'Penyertaan pada Koperasi Sekunder / Investasi Jangka Panjang']]
      ],
      ['1-31', 'Tanah', [['1-3101', 'Tanah']]],
      [
        '1-32',
        'Bangunan',
        [
          ['1-3201', 'Bangunan'],
          ['1-3209', 'Akumulasi Penyusutan Bangunan', 'K']
        ]
      ],
      [
        '1-33',
        'Kendaraan',
        [
          ['1-3301', 'Kendaraan'],
          ['1-3309', 'Akumulasi Penyusutan Kendaraan', 'K']
        ]
      ],
      [
        '1-34',
        'Mesin dan Peralatan',
        [
          ['1-3401', 'Mesin & Peralatan'],
          ['1-3409', 'Akumulasi Penyusutan Mesin & Peralatan', 'K']
        ]
      ],
      [
        '1-35',
        'Inventaris',
        [
          ['1-3501', 'Inventaris Kantor & Komputer'],
          ['1-3509', 'Akumulasi Penyusutan Inventaris', 'K']
        ]
      ],
      ['1-36', 'Aset dalam Penyelesaian', [['1-3601', 'Aset dalam Penyelesaian']]],
      [
        '1-41',
        'Aset Tak Berwujud',
        [
          ['1-4101', 'Aset Tak Berwujud (perangkat lunak)'],
          ['1-4109', 'Akumulasi Amortisasi', 'K']
        ]
      ],
      ['1-42', 'Aset Lain-lain', [['1-4201', 'Aset Lain-lain']]]
    ]
  ],
  [
    '2',
    'Liabilitas',
    'LIABILITAS',
    'K',
    [
      [
        '2-11',
        'Simpanan',
        [
          ['2-1101', 'Simpanan Sukarela Anggota (Tabungan)'],
          ['2-1102', 'Simpanan Berjangka Anggota'],
          ['2-1103', 'Simpanan Koperasi Lain']
        ]
      ],
      ['2-12', 'Utang Jasa Simpanan', [['2-1201', 'Utang Jasa Simpanan']]],
      ['2-13', 'Utang Usaha', [['2-1301', 'Utang Usaha']]],
      [
        '2-14',
        'Utang Pajak',
        [
          ['2-1401', 'Utang Pajak – PPh 21'],
          ['2-1402', 'Utang Pajak – PPh 4(2) Final atas Jasa Simpanan'],
          ['2-1403', 'Utang Pajak – PPh Final 0,5% / PPh Badan'],
          ['2-1404', 'Utang Pajak – PPN Keluaran']
        ]
      ],
      [
        '2-15',
        'Titipan dan Pendapatan Diterima di Muka',
        [
          ['2-1501', 'Titipan'],
          ['2-1502', 'Pendapatan Diterima di Muka']
        ]
      ],
      [
        '2-16',
        'Dana-dana SHU',
        [
          ['2-1601', 'SHU Bagian Anggota Belum Dibayar'],
          ['2-1602', 'Dana Pengurus dan Pengawas'],
          ['2-1603', 'Dana Karyawan'],
          ['2-1604', 'Dana Pendidikan'],
          ['2-1605', 'Dana Sosial'],
          ['2-1606', 'Dana Pembangunan Daerah Kerja'],
          ['2-1607', 'Dana Audit / Dana Lain sesuai AD']
        ]
      ],
      ['2-17', 'Utang kepada Eks-Anggota', [['2-1701', 'Utang kepada Eks-Anggota']]],
      [
        '2-21',
        'Utang Jangka Panjang',
        [
          ['2-2101', 'Utang Bank (Himbara/KUR)'],
          ['2-2102', 'Utang LPDB / Lembaga Keuangan Lain'],
          ['2-2103', 'Utang kepada Koperasi Sekunder']
        ]
      ],
      ['2-22', 'Liabilitas Imbalan Kerja', [['2-2201', 'Liabilitas Imbalan Kerja']]]
    ]
  ],
  [
    '3',
    'Ekuitas',
    'EKUITAS',
    'K',
    [
      [
        '3-11',
        'Simpanan Anggota',
        [
          ['3-1101', 'Simpanan Pokok'],
          ['3-1102', 'Simpanan Wajib'],
          ['3-1103', 'Simpanan Khusus']
        ]
      ],
      ['3-21', 'Modal Penyertaan', [['3-2101', 'Modal Penyertaan']]],
      ['3-31', 'Hibah', [['3-3101', 'Hibah / Modal Donasi']]],
      [
        '3-41',
        'Cadangan',
        [
          ['3-4101', 'Cadangan Umum'],
          ['3-4102', 'Cadangan Risiko / Cadangan Tujuan']
        ]
      ],
      [
        '3-51',
        'Sisa Hasil Usaha',
        [
          ['3-5101', 'SHU Tahun Berjalan'],
          ['3-5102', 'SHU Belum Dibagi']
        ]
      ],
      ['3-61', 'Penghasilan Komprehensif Lain', [['3-6101', 'Penghasilan Komprehensif Lain']]],
      ['3-99', 'Ikhtisar', [['3-9999', 'Ikhtisar Hasil Usaha']]]
    ]
  ],
  [
    '4',
    'Pendapatan',
    'PENDAPATAN',
    'K',
    [
      [
        '4-11',
        'Pendapatan Jasa Pinjaman',
        [
          ['4-1101', 'Pendapatan Jasa Pinjaman – Anggota'],
          ['4-1102', 'Pendapatan Jasa Pinjaman – Non-Anggota']
        ]
      ],
      ['4-12', 'Pendapatan Provisi dan Administrasi', [['4-1201', 'Pendapatan Provisi & Administrasi Pinjaman']]],
      ['4-13', 'Pendapatan Denda', [['4-1301', 'Pendapatan Denda Keterlambatan']]],
      [
        '4-21',
        'Penjualan Sembako',
        [
          ['4-2101', 'Penjualan Sembako – Anggota'],
          ['4-2102', 'Penjualan Sembako – Non-Anggota'],
          ['4-2109', 'Retur & Potongan Penjualan', 'D']
        ]
      ],
      [
        '4-22',
        'Penjualan Apotek',
        [
          ['4-2201', 'Penjualan Apotek – Anggota'],
          ['4-2202', 'Penjualan Apotek – Non-Anggota']
        ]
      ],
      [
        '4-23',
        'Pendapatan Jasa Klinik',
        [
          ['4-2301', 'Pendapatan Jasa Klinik – Anggota'],
          ['4-2302', 'Pendapatan Jasa Klinik – Non-Anggota']
        ]
      ],
      ['4-24', 'Pendapatan Sewa Gudang', [['4-2401', 'Pendapatan Sewa Gudang/Cold Storage']]],
      ['4-25', 'Pendapatan Jasa Logistik', [['4-2501', 'Pendapatan Jasa Logistik/Angkutan']]],
      ['4-26', 'Pendapatan Komisi', [['4-2601', 'Pendapatan Komisi/Fee']]],
      [
        '4-31',
        'Pendapatan Lain-lain',
        [
          ['4-3101', 'Pendapatan Jasa Giro/Bunga Bank'],
          ['4-3102', 'Pendapatan SHU dari Koperasi Sekunder'],
          ['4-3103', 'Laba Penjualan Aset Tetap'],
          ['4-3106', 'Pendapatan Hibah Operasional'],
          ['4-3107', 'Selisih Lebih Kas'],
          ['4-3199', 'Pendapatan Lain-lain']
        ]
      ]
    ]
  ],
  [
    '5',
    'Beban',
    'BEBAN',
    'D',
    [
      [
        '5-11',
        'Harga Pokok',
        [
          ['5-1101', 'HPP Sembako'],
          ['5-1102', 'HPP Obat (Apotek)'],
          ['5-1103', 'Beban Pokok Jasa Klinik'],
          ['5-1104', 'Beban Pokok Gudang/Logistik'],
          ['5-1109', 'Selisih Persediaan']
        ]
      ],
      [
        '5-21',
        'Beban Jasa dan Keuangan',
        [
          ['5-2101', 'Beban Jasa Simpanan Sukarela'],
          ['5-2102', 'Beban Jasa Simpanan Berjangka'],
          ['5-2103', 'Beban Bunga Pinjaman Bank'],
          ['5-2104', 'Beban Penyisihan Kerugian Pinjaman (PPAP/CKPN)']
        ]
      ],
      [
        '5-31',
        'Beban Karyawan dan Pengurus',
        [
          ['5-3101', 'Beban Gaji & Tunjangan Karyawan'],
          ['5-3102', 'Beban Honor Pengurus & Pengawas']
        ]
      ],
      [
        '5-32',
        'Beban Umum dan Administrasi',
        [
          ['5-3201', 'Beban Listrik, Air, Telepon, Internet'],
          ['5-3202', 'Beban ATK & Cetak'],
          ['5-3203', 'Beban Transport & Perjalanan'],
          ['5-3204', 'Beban Sewa'],
          ['5-3205', 'Beban Pemeliharaan']
        ]
      ],
      [
        '5-33',
        'Beban Penyusutan dan Amortisasi',
        [
          ['5-3301', 'Beban Penyusutan Aset Tetap'],
          ['5-3302', 'Beban Amortisasi']
        ]
      ],
      [
        '5-34',
        'Beban Operasional Lain',
        [
          ['5-3401', 'Beban Rapat & RAT'],
          ['5-3402', 'Beban Pendidikan & Pelatihan'],
          ['5-3403', 'Beban Penyisihan Piutang Usaha'],
          ['5-3404', 'Beban Asuransi'],
          ['5-3405', 'Selisih Kurang Kas'],
          ['5-3499', 'Beban Operasional Lain-lain']
        ]
      ],
      [
        '5-41',
        'Beban Non-Operasional',
        [
          ['5-4101', 'Beban Administrasi Bank'],
          ['5-4102', 'Rugi Penjualan Aset']
        ]
      ],
      ['5-91', 'Beban Pajak Penghasilan', [['5-9101', 'Beban Pajak Penghasilan']]]
    ]
  ]
]

export const TYPE_BY_DIGIT: Record<string, { type: AccountType; normalBalance: NormalBalance }> = Object.fromEntries(
  CHART.map(([code, , type, nb]) => [code, { type, normalBalance: nb }])
)

export function defaultChart(): DefaultChartAccount[] {
  const out: DefaultChartAccount[] = []
  for (const [tCode, tName, type, nb, groups] of CHART) {
    out.push({ code: tCode, name: tName, type, normalBalance: nb, isHeader: true, parentCode: null })
    for (const [gCode, gName, leaves] of groups) {
      out.push({ code: gCode, name: gName, type, normalBalance: nb, isHeader: true, parentCode: tCode })
      for (const [lCode, lName, lNb] of leaves) {
        out.push({ code: lCode, name: lName, type, normalBalance: lNb ?? nb, isHeader: false, parentCode: gCode })
      }
    }
  }
  return out
}

/**
 * Control accounts: their balances are the sum of a sub-ledger, so only that module posts to them
 * (DOMAIN.md §9.8: member balances always tie to the ledger).
 */
export const CONTROL_ACCOUNTS: Record<string, string> = {
  '3-1101': 'SIMPANAN_POKOK',
  '3-1102': 'SIMPANAN_WAJIB',
  '2-1101': 'SIMPANAN_SUKARELA',
  '1-1401': 'PINJAMAN_KONSUMTIF',
  '1-1402': 'PINJAMAN_PRODUKTIF'
}

/** Well-known accounts the app's own postings use (later modules reference these codes). */
export const SYSTEM_ACCOUNTS = {
  kas: '1-1101',
  simpananPokok: '3-1101',
  simpananWajib: '3-1102',
  simpananSukarela: '2-1101',
  shuTahunBerjalan: '3-5101',
  shuBelumDibagi: '3-5102',
  ikhtisar: '3-9999'
} as const
