// Every string the treasurer reads, in Bahasa Indonesia, keyed by screen. An English file can
// follow with the same shape (see `Messages` in ./index.ts). Money and dates are never written
// here: they go through shared/money and shared/dates.

export const id = {
  app: {
    name: 'Lumbung',
    tagline: 'Pembukuan koperasi desa/kelurahan',
    loading: 'Memuat buku…',
    bootFailed: 'Lumbung tidak dapat membuka buku',
    retry: 'Coba lagi',
    skipToContent: 'Langsung ke isi halaman',
    version: (v: string) => `Versi ${v}`
  },

  common: {
    save: 'Simpan',
    saving: 'Menyimpan…',
    cancel: 'Batal',
    close: 'Tutup',
    back: 'Kembali',
    next: 'Lanjut',
    add: 'Tambah',
    remove: 'Hapus',
    edit: 'Ubah',
    show: 'Tampilkan',
    apply: 'Terapkan',
    reset: 'Atur ulang',
    print: 'Cetak',
    loading: 'Memuat…',
    processing: 'Memproses…',
    optional: 'opsional',
    none: '—',
    all: 'Semua',
    yes: 'Ya',
    no: 'Tidak',
    active: 'Aktif',
    inactive: 'Nonaktif',
    activate: 'Aktifkan',
    deactivate: 'Nonaktifkan',
    code: 'Kode',
    name: 'Nama',
    description: 'Keterangan',
    status: 'Status',
    actions: 'Tindakan',
    total: 'Jumlah',
    debit: 'Debit',
    credit: 'Kredit',
    date: 'Tanggal',
    amountRp: 'Jumlah (Rp)',
    debitRp: 'Debit (Rp)',
    creditRp: 'Kredit (Rp)',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    period: (from: string, to: string) => `${from} s.d. ${to}`,
    asOf: (date: string) => `Per ${date}`,
    requiredMark: 'wajib',
    emptyDash: '-'
  },

  errors: {
    network: 'Tidak dapat terhubung ke Lumbung. Pastikan jendela terminal Lumbung masih berjalan, lalu coba lagi.',
    badResponse: (status: number) => `Jawaban dari Lumbung tidak dapat dibaca (status ${status}).`,
    missingToken: 'Sesi peramban tidak dikenali.',
    missingTokenHelp:
      'Buka alamat lengkap yang ditampilkan di terminal saat Lumbung dijalankan (alamat itu berisi kunci sesi, mis. http://127.0.0.1:5173/#token=…).',
    required: 'wajib diisi',
    dateInvalid: 'Tanggal tidak dikenali. Contoh: 31/12/2025 atau 31 Desember 2025',
    yearInvalid: 'Isi tahun dengan 4 angka, mis. 2026',
    unitCodeInvalid: 'Hanya huruf besar, angka dan _ (2–20 karakter), contoh: SEMBAKO',
    unitCodeDuplicate: 'Kode unit ini sudah dipakai di baris lain',
    accountCodeInvalid: 'Bukan kode akun yang valid (contoh: 1-1101 atau 1-1201-01)',
    accountCodeTaken: 'Kode akun ini sudah ada',
    accountCodeNotUnder: (parent: string) => `Kode harus diawali kode induknya ${parent}`,
    negativeNotAllowed: 'Tidak boleh negatif',
    generic: 'Terjadi kesalahan. Coba lagi.'
  },

  fields: {
    name: 'Nama koperasi',
    legalEntityNumber: 'Nomor badan hukum',
    legalEntityNumberHint: 'Nomor SK/AHU pengesahan badan hukum',
    legalEntityDate: 'Tanggal badan hukum',
    nikKoperasi: 'Nomor Induk Koperasi (NIK)',
    nikKoperasiHint: 'Dari ODS Kementerian Koperasi, bila sudah ada',
    street: 'Alamat (jalan/dusun, RT/RW)',
    village: 'Desa/kelurahan',
    district: 'Kecamatan',
    regency: 'Kabupaten/kota',
    province: 'Provinsi',
    postalCode: 'Kode pos',
    phone: 'Nomor telepon',
    email: 'Email',
    cooperativeType: 'Jenis koperasi',
    chooseCooperativeType: 'Pilih jenis koperasi',
    booksStartDate: 'Tanggal mulai pembukuan',
    firstFinancialYear: 'Tahun buku pertama'
  },

  money: {
    prefix: 'Rp'
  },

  date: {
    placeholder: 'hh/bb/tttt',
    hint: 'Ketik mis. 31/12/2025 atau 31 Des 2025'
  },

  accountPicker: {
    placeholder: 'Ketik kode atau nama akun',
    listLabel: 'Pilihan akun',
    noMatch: 'Tidak ada akun yang cocok',
    notFound: 'Akun tidak ditemukan; pilih dari daftar',
    moreResults: (n: number) => `… dan ${n} akun lain; ketik lebih lengkap`,
    header: 'induk'
  },

  table: {
    empty: 'Tidak ada data.',
    showing: (from: number, to: number, total: string) => `Menampilkan ${from}–${to} dari ${total}`,
    prev: 'Sebelumnya',
    next: 'Berikutnya',
    pageOf: (page: number, pages: number) => `Halaman ${page} dari ${pages}`
  },

  progress: {
    running: 'Sedang berjalan…',
    step: (done: number, total: number) => `Langkah ${done} dari ${total}`
  },

  nav: {
    label: 'Menu utama',
    home: 'Beranda',
    members: 'Anggota',
    savings: 'Simpanan',
    loans: 'Pinjaman',
    units: 'Unit Usaha',
    journal: 'Jurnal & Buku Besar',
    reports: 'Laporan',
    rat: 'RAT',
    dinas: 'Dinas',
    settings: 'Pengaturan',
    soonBadge: 'segera'
  },

  shell: {
    todayLabel: 'Hari ini',
    address: (village: string, regency: string) => `Desa/Kel. ${village}, ${regency}`
  },

  accountTypes: {
    ASET: 'Aset',
    LIABILITAS: 'Liabilitas',
    EKUITAS: 'Ekuitas',
    PENDAPATAN: 'Pendapatan',
    BEBAN: 'Beban'
  },

  normalBalance: {
    D: 'Debit',
    K: 'Kredit'
  },

  wizard: {
    title: 'Selamat datang di Lumbung',
    intro:
      'Siapkan buku koperasi dalam empat langkah. Profil, bagan akun dan unit usaha masih dapat diubah nanti di Pengaturan; tanggal mulai pembukuan dan tahun buku pertama tetap.',
    stepsLabel: 'Langkah penyiapan',
    stepOf: (n: number, total: number) => `Langkah ${n} dari ${total}`,
    steps: ['Profil koperasi', 'Bagan akun', 'Unit usaha', 'Mulai pembukuan'] as const,
    loadingDefaults: 'Memuat bagan akun bawaan…',
    fixErrors: 'Periksa kembali isian yang ditandai.',
    profile: {
      heading: 'Profil koperasi',
      lead: 'Data ini tampil di kepala setiap laporan. Isian bertanda wajib harus diisi.',
      legalSection: 'Badan hukum',
      addressSection: 'Alamat',
      contactSection: 'Kontak'
    },
    chart: {
      heading: 'Bagan akun',
      lead:
        'Ini bagan akun bawaan untuk koperasi desa/kelurahan. Hilangkan centang pada akun yang tidak diperlukan, dan tambahkan sub-akun bila perlu (mis. satu akun bank per rekening). Akun induk (tebal) selalu ada.',
      counts: (used: number, excluded: number, extra: number) =>
        `${used} akun dipakai · ${excluded} tidak dipakai · ${extra} sub-akun tambahan`,
      treeLabel: 'Daftar akun',
      addHeading: 'Tambah sub-akun',
      parent: 'Akun induk',
      chooseParent: 'Pilih akun induk',
      code: 'Kode akun baru',
      codeHint: (example: string) => `Contoh: ${example}`,
      name: 'Nama akun baru',
      add: 'Tambah sub-akun',
      newBadge: 'baru',
      removeExtra: (code: string) => `Hapus sub-akun ${code}`,
      becomesHeader: 'akan menjadi akun induk',
      includeAccount: (code: string, name: string) => `Pakai akun ${code} ${name}`
    },
    units: {
      heading: 'Unit usaha',
      lead:
        'Unit usaha dipakai untuk memisahkan pendapatan dan beban per gerai. Ubah nama atau keterangannya sesuai keadaan koperasi, hapus yang belum ada, atau tambahkan unit lain.',
      code: 'Kode',
      codeHint: 'Huruf besar, mis. PANGAN',
      name: 'Nama unit',
      description: 'Keterangan',
      add: 'Tambah unit usaha',
      remove: (name: string) => `Hapus unit ${name}`,
      codeLabel: (n: number) => `Kode unit ke-${n}`,
      nameLabel: (n: number) => `Nama unit ke-${n}`,
      descriptionLabel: (n: number) => `Keterangan unit ke-${n}`,
      atLeastOne: 'Paling sedikit satu unit usaha'
    },
    start: {
      heading: 'Mulai pembukuan',
      lead:
        'Tanggal mulai pembukuan adalah tanggal pertama yang dicatat di Lumbung. Jurnal tidak dapat diposting sebelum tanggal ini. Saldo awal dicatat sebagai jurnal pada tanggal ini.',
      startHint: 'Biasanya 1 Januari tahun buku, atau awal bulan saat koperasi mulai memakai Lumbung',
      yearHint: 'Tahun buku koperasi mengikuti tahun kalender (Januari–Desember)',
      yearBeforeStart: 'Tahun buku pertama tidak boleh setelah tahun tanggal mulai pembukuan',
      summary: 'Ringkasan',
      summaryName: 'Koperasi',
      summaryAddress: 'Alamat',
      summaryType: 'Jenis',
      summaryAccounts: 'Bagan akun',
      summaryAccountsValue: (n: number, extra: number) => (extra > 0 ? `${n} akun (termasuk ${extra} sub-akun tambahan)` : `${n} akun`),
      summaryUnits: 'Unit usaha',
      summaryStart: 'Mulai pembukuan',
      submit: 'Siapkan buku',
      submitting: 'Menyiapkan buku…'
    }
  },

  home: {
    title: 'Beranda',
    lead: (date: string) => `Ringkasan buku per ${date}.`,
    cash: 'Saldo kas',
    bank: 'Saldo bank',
    totalAssets: 'Total aset',
    journalsThisMonth: (month: string) => `Jurnal ${month}`,
    journalsCount: (n: string) => `${n} jurnal`,
    lockedThrough: 'Buku ditutup s.d.',
    lockedNone: 'Belum ada',
    lockedNoneHint: 'Belum ada bulan yang ditutup',
    lockedHint: 'Jurnal tidak dapat diposting ke bulan yang sudah ditutup',
    quickActions: 'Tindakan cepat',
    newJournal: 'Catat jurnal baru',
    journalList: 'Daftar jurnal',
    trialBalance: 'Neraca saldo',
    ledger: 'Buku besar kas',
    recent: 'Jurnal terakhir',
    seeAll: 'Lihat semua jurnal',
    empty: 'Belum ada jurnal.',
    emptyHint:
      'Mulailah dengan mencatat saldo awal (mis. kas dan simpanan anggota pada tanggal mulai pembukuan) sebagai jurnal umum, lalu catat transaksi harian.'
  },

  journal: {
    title: 'Jurnal & Buku Besar',
    lead: 'Catat transaksi sebagai jurnal berpasangan (debit = kredit), lihat daftar jurnal dan buku besar tiap akun.',
    tabs: { entry: 'Catat jurnal', list: 'Daftar jurnal', ledger: 'Buku besar' },
    entry: {
      heading: 'Catat jurnal',
      date: 'Tanggal',
      description: 'Keterangan',
      descriptionPlaceholder: 'mis. Penerimaan simpanan pokok 20 anggota',
      reference: 'Nomor bukti',
      referencePlaceholder: 'mis. KW-001',
      series: 'Seri',
      linesLabel: 'Baris jurnal',
      colNo: 'No',
      colAccount: 'Akun',
      colDebit: 'Debit (Rp)',
      colCredit: 'Kredit (Rp)',
      colUnit: 'Unit usaha',
      colMemo: 'Catatan',
      accountLabel: (n: number) => `Akun baris ${n}`,
      debitLabel: (n: number) => `Debit baris ${n}`,
      creditLabel: (n: number) => `Kredit baris ${n}`,
      unitLabel: (n: number) => `Unit usaha baris ${n}`,
      memoLabel: (n: number) => `Catatan baris ${n}`,
      removeLine: (n: number) => `Hapus baris ${n}`,
      noUnit: 'Tanpa unit',
      addLine: 'Tambah baris',
      shortcuts: 'Pintasan: Alt+N tambah baris · Ctrl+Enter posting',
      totalDebit: 'Total debit',
      totalCredit: 'Total kredit',
      difference: 'Selisih',
      balanced: 'Seimbang',
      debitHeavier: 'debit lebih besar',
      creditHeavier: 'kredit lebih besar',
      needTwoLines: 'Isi paling sedikit 2 baris',
      needAmount: 'Isi jumlah debit dan kredit',
      fixAmounts: 'Perbaiki jumlah yang tidak valid',
      post: 'Posting',
      posting: 'Memposting…',
      posted: (number: string) => `Jurnal ${number} berhasil diposting.`,
      viewPosted: 'Lihat jurnal',
      chooseAccount: 'Pilih akun',
      fillAmount: 'Isi debit atau kredit',
      clear: 'Kosongkan',
      loadingLists: 'Memuat akun dan unit usaha…'
    },
    list: {
      heading: 'Daftar jurnal',
      filters: 'Saring jurnal',
      account: 'Akun',
      series: 'Seri',
      allSeries: 'Semua seri',
      search: 'Cari',
      searchPlaceholder: 'Keterangan, nomor jurnal atau nomor bukti',
      colDate: 'Tanggal',
      colNumber: 'Nomor',
      colDescription: 'Keterangan',
      colReference: 'Nomor bukti',
      colAmount: 'Jumlah (Rp)',
      open: (number: string) => `Buka jurnal ${number}`,
      empty: 'Tidak ada jurnal yang cocok dengan saringan.',
      emptyAll: 'Belum ada jurnal. Catat jurnal pertama di tab “Catat jurnal”.',
      reversedBadge: 'Dibalik',
      reversalBadge: 'Pembalik',
      totalFound: (n: string) => `${n} jurnal`
    },
    detail: {
      title: (number: string) => `Jurnal ${number}`,
      date: 'Tanggal',
      series: 'Seri',
      reference: 'Nomor bukti',
      source: 'Sumber',
      createdBy: 'Dicatat',
      createdByValue: (by: string, at: string) => `${by}, ${at}`,
      sources: { MANUAL: 'Dicatat manual', REVERSAL: 'Pembalikan jurnal' } as Record<string, string>,
      reversedBy: 'Jurnal ini sudah dibalik oleh',
      reversalOf: 'Jurnal ini membalik',
      colNo: 'No',
      colAccount: 'Akun',
      colUnit: 'Unit',
      colMemo: 'Catatan',
      total: 'Jumlah',
      reverse: 'Balik jurnal',
      reverseHeading: 'Balik jurnal',
      reverseLead:
        'Pembalikan memposting jurnal baru dengan debit dan kredit ditukar. Jurnal asli tetap ada, sehingga jejak koreksi terlihat.',
      reverseDate: 'Tanggal pembalikan',
      reverseReason: 'Alasan',
      reverseReasonHint: 'Paling sedikit 5 karakter, mis. “Salah akun, seharusnya Kas Kecil”',
      reverseSubmit: 'Balik jurnal sekarang',
      reversing: 'Membalik…',
      reversedOk: (number: string) => `Jurnal pembalik ${number} berhasil diposting.`,
      reasonTooShort: 'Alasan paling sedikit 5 karakter',
      loading: 'Memuat jurnal…'
    },
    ledger: {
      heading: 'Buku besar',
      account: 'Akun',
      unit: 'Unit usaha',
      allUnits: 'Semua unit',
      chooseAccountFirst: 'Pilih akun lalu tekan Tampilkan untuk melihat buku besarnya.',
      normalSide: (side: string) => `Saldo normal: ${side}`,
      opening: 'Saldo awal',
      carried: 'Saldo pindahan',
      closing: 'Saldo akhir',
      movements: 'Jumlah mutasi periode',
      colDate: 'Tanggal',
      colNumber: 'Nomor',
      colDescription: 'Keterangan',
      colUnit: 'Unit',
      colBalance: 'Saldo (Rp)',
      noLines: 'Tidak ada mutasi pada periode ini.',
      lineCount: (n: string) => `${n} baris`
    }
  },

  reports: {
    title: 'Laporan',
    lead: 'Laporan keuangan dari buku besar. Angka dalam rupiah; angka dalam kurung berarti negatif.',
    list: 'Daftar laporan',
    trialBalance: 'Neraca saldo',
    comingLater:
      'Neraca, Perhitungan Hasil Usaha, Laporan Arus Kas dan Perubahan Ekuitas akan menyusul bersama modul tutup buku dan RAT.',
    tb: {
      title: 'Neraca Saldo',
      mode: 'Jenis neraca saldo',
      modeAsOf: 'Per tanggal',
      modePeriod: 'Periode',
      asOf: 'Per tanggal',
      includeZero: 'Tampilkan akun bersaldo nol',
      subtitleAsOf: (date: string) => `Per ${date}`,
      subtitlePeriod: (from: string, to: string) => `Periode ${from} s.d. ${to}`,
      colCode: 'Kode',
      colName: 'Nama akun',
      opening: 'Saldo awal',
      movement: 'Mutasi',
      closing: 'Saldo akhir',
      balance: 'Saldo',
      d: 'Debit',
      k: 'Kredit',
      total: 'Jumlah',
      balanced: 'Seimbang ✓',
      notBalanced: 'TIDAK seimbang',
      balancedHint: 'Jumlah debit sama dengan jumlah kredit.',
      notBalancedHint: (d: string, k: string) =>
        `Jumlah debit ${d} tidak sama dengan jumlah kredit ${k}. Jalankan Pemeriksaan buku di Pengaturan.`,
      empty: 'Belum ada saldo pada tanggal ini.',
      printedAt: (date: string) => `Dicetak dari Lumbung, ${date}`,
      openLedger: (code: string) => `Buka buku besar ${code}`
    }
  },

  units: {
    title: 'Unit Usaha',
    lead:
      'Pendapatan dan beban per unit usaha, dari baris jurnal yang ditandai unit. Tandai unit pada setiap baris pendapatan dan beban agar angka ini lengkap.',
    colUnit: 'Unit usaha',
    colIncome: 'Pendapatan (Rp)',
    colExpense: 'Beban (Rp)',
    colResult: 'Hasil usaha (Rp)',
    untagged: 'Tidak ditandai unit',
    total: 'Jumlah seluruh koperasi',
    manage: 'Kelola unit usaha',
    comingLater:
      'Penjualan, persediaan dan kasir per gerai akan menyusul; sementara ini transaksi gerai dicatat sebagai jurnal dengan unit usahanya.',
    inactive: 'nonaktif'
  },

  soon: {
    badge: 'Segera hadir',
    meanwhile: 'Sementara itu, transaksinya dapat dicatat sebagai jurnal.',
    goToJournal: 'Buka Jurnal & Buku Besar',
    members: {
      title: 'Anggota',
      text: 'Buku daftar anggota: nomor anggota, NIK, alamat, tanggal masuk dan keluar, serta status keanggotaan.',
      points: [
        'Pendaftaran dan pemberhentian anggota sesuai anggaran dasar',
        'Kartu anggota dan daftar hadir RAT',
        'Riwayat simpanan dan pinjaman per anggota'
      ]
    },
    savings: {
      title: 'Simpanan',
      text: 'Simpanan pokok, simpanan wajib dan simpanan sukarela per anggota, dengan jurnal yang dibuat otomatis.',
      points: ['Setoran dan penarikan dengan bukti kuitansi (terbilang)', 'Buku simpanan per anggota', 'Perhitungan jasa simpanan']
    },
    loans: {
      title: 'Pinjaman',
      text: 'Pinjaman anggota dari pengajuan sampai lunas.',
      points: ['Jadwal angsuran dan jasa pinjaman', 'Tunggakan dan kolektibilitas', 'Cadangan kerugian pinjaman']
    },
    rat: {
      title: 'RAT',
      text: 'Bahan Rapat Anggota Tahunan: tutup buku akhir tahun, perhitungan dan pembagian SHU, dan laporan pertanggungjawaban pengurus.',
      points: ['Jurnal penutup dan SHU tahun berjalan', 'Pembagian SHU per anggota (jasa modal dan jasa usaha)', 'Laporan keuangan tahunan siap cetak']
    },
    dinas: {
      title: 'Dinas',
      text: 'Laporan berkala untuk Dinas Koperasi dan Kementerian Koperasi.',
      points: ['Data keanggotaan dan keuangan untuk ODS', 'Laporan triwulanan dan tahunan', 'Ekspor ke berkas spreadsheet']
    }
  },

  settings: {
    title: 'Pengaturan',
    lead: 'Profil koperasi, bagan akun, unit usaha, periode pembukuan dan pemeriksaan buku.',
    tabs: {
      profile: 'Profil koperasi',
      accounts: 'Bagan akun',
      units: 'Unit usaha',
      periods: 'Periode',
      check: 'Pemeriksaan buku',
      about: 'Tentang'
    },
    profile: {
      heading: 'Profil koperasi',
      fixed: 'Ditetapkan saat penyiapan buku dan tidak dapat diubah:',
      saved: 'Profil koperasi tersimpan.'
    },
    accounts: {
      heading: 'Bagan akun',
      lead: 'Akun induk (tebal) menjumlahkan sub-akunnya. Kode akun hanya dapat diubah selama akun belum pernah dipakai dalam jurnal.',
      search: 'Cari akun',
      searchPlaceholder: 'Kode atau nama',
      showInactive: 'Tampilkan akun nonaktif',
      colCode: 'Kode',
      colName: 'Nama akun',
      colType: 'Jenis',
      colNormal: 'Saldo normal',
      usedBadge: 'dipakai',
      addSub: 'Sub-akun',
      addSubLabel: (code: string) => `Tambah sub-akun di bawah ${code}`,
      editLabel: (code: string) => `Ubah akun ${code}`,
      toggleLabel: (action: string, code: string) => `${action} akun ${code}`,
      createHeading: (parent: string) => `Tambah sub-akun di bawah ${parent}`,
      parentBecomesHeader: (code: string) =>
        `Akun ${code} akan menjadi akun induk: jurnal selanjutnya diposting ke sub-akunnya.`,
      code: 'Kode akun',
      name: 'Nama akun',
      isHeader: 'Jadikan akun induk (akan punya sub-akun lagi)',
      note: 'Catatan',
      editHeading: (code: string) => `Ubah akun ${code}`,
      newCode: 'Kode akun',
      codeLocked: 'Kode tidak dapat diubah: akun sudah dipakai dalam jurnal, punya sub-akun, atau golongan utama.',
      created: (code: string) => `Akun ${code} ditambahkan.`,
      updated: (code: string) => `Akun ${code} diperbarui.`,
      activated: (code: string) => `Akun ${code} diaktifkan kembali.`,
      deactivated: (code: string) => `Akun ${code} dinonaktifkan.`,
      count: (n: number) => `${n} akun`
    },
    units: {
      heading: 'Unit usaha',
      lead: 'Kode unit tetap; nama, keterangan dan urutan dapat diubah. Unit yang tidak lagi dipakai dinonaktifkan, bukan dihapus.',
      colCode: 'Kode',
      colName: 'Nama',
      colDescription: 'Keterangan',
      colOrder: 'Urutan',
      addHeading: 'Tambah unit usaha',
      code: 'Kode unit',
      name: 'Nama unit',
      description: 'Keterangan',
      sortOrder: 'Urutan tampil',
      editHeading: (code: string) => `Ubah unit ${code}`,
      editLabel: (code: string) => `Ubah unit ${code}`,
      toggleLabel: (action: string, code: string) => `${action} unit ${code}`,
      created: (code: string) => `Unit ${code} ditambahkan.`,
      updated: (code: string) => `Unit ${code} diperbarui.`,
      activated: (code: string) => `Unit ${code} diaktifkan kembali.`,
      deactivated: (code: string) => `Unit ${code} dinonaktifkan.`
    },
    periods: {
      heading: 'Periode pembukuan',
      lead:
        'Tutup buku bulanan mengunci bulan yang sudah selesai dicatat dan diperiksa: jurnal tidak dapat lagi diposting atau dibalik pada bulan itu. Menutup satu bulan juga menutup semua bulan sebelumnya.',
      year: 'Tahun',
      open: 'Terbuka',
      locked: 'Ditutup',
      lockedInfo: (at: string, by: string) => `${at} oleh ${by}`,
      lockThrough: 'Tutup buku s.d. bulan ini',
      lockThroughLabel: (month: string) => `Tutup buku s.d. ${month}`,
      unlock: 'Buka kunci',
      unlockLabel: (month: string) => `Buka kunci ${month}`,
      lockConfirmHeading: (month: string) => `Tutup buku s.d. ${month}?`,
      lockConfirmText: (month: string) =>
        `${month} dan semua bulan sebelumnya yang masih terbuka akan dikunci. Pastikan semua transaksi bulan-bulan itu sudah dicatat dan neraca saldo sudah diperiksa.`,
      lockConfirm: 'Ya, tutup buku',
      unlockHeading: (month: string) => `Buka kunci ${month}`,
      unlockText: 'Membuka kunci periode dicatat dalam riwayat beserta alasannya. Tutup kembali setelah koreksi selesai.',
      reason: 'Alasan membuka kunci',
      reasonHint: 'Paling sedikit 10 karakter, mis. “Koreksi salah catat biaya listrik Maret”',
      reasonTooShort: 'Jelaskan alasannya (paling sedikit 10 karakter)',
      lockedOk: (n: number, month: string) => `${n} bulan ditutup, s.d. ${month}.`,
      unlockedOk: (month: string) => `Kunci ${month} dibuka.`,
      history: 'Riwayat tutup dan buka buku',
      historyEmpty: 'Belum ada riwayat.',
      colAt: 'Waktu',
      colMonth: 'Bulan',
      colAction: 'Tindakan',
      colReason: 'Alasan',
      colBy: 'Oleh',
      actions: { TUTUP: 'Ditutup', BUKA: 'Dibuka' } as Record<string, string>,
      monthsLabel: 'Status bulan'
    },
    check: {
      heading: 'Pemeriksaan buku',
      lead:
        'Memeriksa seluruh buku besar: setiap jurnal seimbang, saldo bulanan cocok dengan baris jurnal, tidak ada posting ke akun induk, dan tidak ada posting ke periode yang sudah ditutup. Pada buku yang besar, ini dapat memakan waktu.',
      run: 'Periksa buku sekarang',
      running: 'Memeriksa…',
      ok: (n: string) => `Buku sehat. ${n} jurnal diperiksa, tidak ditemukan masalah.`,
      problems: (n: number, entries: string) => `Ditemukan ${n} masalah pada pemeriksaan ${entries} jurnal.`,
      problemsHint: 'Catat pesan di bawah ini dan hubungi pendamping koperasi atau tim Lumbung.'
    },
    about: {
      heading: 'Tentang Lumbung',
      appVersion: 'Versi aplikasi',
      schemaVersion: 'Versi struktur buku',
      file: 'Berkas buku',
      commands: 'Jumlah perintah',
      fileHint: 'Cadangkan berkas ini secara berkala (mis. ke flashdisk).'
    }
  }
}
