import type { Generated } from 'kysely'

/** Kysely table types: the shape of the SQLite book. Money columns are INTEGER rupiah. */
export interface DB {
  schema_migrations: { version: number; name: string; applied_at: string; app_version: string }
  settings: { key: string; value: string }
  profile: {
    id: number
    name: string
    legal_entity_number: string | null
    legal_entity_date: string | null
    nik_koperasi: string | null
    street: string | null
    village: string
    district: string
    regency: string
    province: string
    postal_code: string | null
    phone: string | null
    email: string | null
    cooperative_type: string
    first_financial_year: number
    books_start_date: string
    created_at: string
    updated_at: string
    province_code: string | null
    regency_code: string | null
    district_code: string | null
    village_code: string | null
  }
  accounts: {
    id: Generated<number>
    code: string
    name: string
    type: string
    normal_balance: string
    parent_id: number | null
    is_header: number
    is_active: number
    note: string | null
    created_at: string
    control: string | null
    allow_overdraft: Generated<number>
  }
  units: {
    id: Generated<number>
    code: string
    name: string
    description: string | null
    is_active: number
    sort_order: number
    created_at: string
  }
  members: {
    id: Generated<number>
    member_no: string
    name: string
    status: string
    created_at: string
    nik: string | null
    kk_number: string | null
    birth_place: string | null
    birth_date: string | null
    gender: string | null
    occupation: string | null
    street: string | null
    rt: string | null
    rw: string | null
    dusun: string | null
    village: string | null
    phone: string | null
    joined_at: string | null
    exit_date: string | null
    exit_reason: string | null
    exit_note: string | null
    note: string | null
    signed_register: number
    updated_at: string | null
    position: string
  }
  member_history: {
    id: Generated<number>
    member_id: number
    at: string
    actor: string
    field: string
    old_value: string | null
    new_value: string | null
  }
  journal_series: { code: string; name: string; is_system: number }
  journal_counters: { series: string; year: number; last_seq: number }
  journal_entries: {
    id: Generated<number>
    number: string
    series: string
    year: number
    seq: number
    date: string
    description: string
    reference: string | null
    source: string
    reversal_of: number | null
    total: number
    created_at: string
    created_by: string
  }
  journal_lines: {
    id: Generated<number>
    entry_id: number
    line_no: number
    account_id: number
    date: string
    debit: number
    credit: number
    member_id: number | null
    unit_id: number | null
    pihak: string | null
    memo: string | null
  }
  period_locks: { month: string; locked_at: string; locked_by: string }
  period_lock_events: {
    id: Generated<number>
    month: string
    action: string
    reason: string | null
    at: string
    by: string
  }
  account_month_balances: { account_id: number; month: string; debit: number; credit: number }
  audit_log: {
    id: Generated<number>
    at: string
    actor: string
    command: string
    input: string
    before: string | null
    after: string | null
    prev_hash: string
    hash: string
    postings: string | null
    /** JSON { id, label, address } of the device a write over HTTP came from. */
    device: string | null
  }
  idempotency_keys: {
    key: string
    username: string | null
    command: string
    input_hash: string
    response: string
    created_at: string
  }
  login_throttle: { key: string; failures: number; last_failure_at: string; blocked_until: string | null }
  users: {
    id: Generated<number>
    username: string
    full_name: string
    role: string
    password_hash: string
    is_active: number
    created_at: string
    updated_at: string
  }
  sessions: {
    token_hash: string
    user_id: number
    created_at: string
    expires_at: string
    device_id: string | null
    device_label: string | null
    device_address: string | null
  }
  savings_settings: {
    id: Generated<number>
    effective_from: string
    pokok_amount: number
    pokok_installments: number
    wajib_amount: number
    sukarela_rate: string
    sukarela_method: string
    tax_threshold: number
    tax_rate: string
    decision_ref: string | null
    created_at: string
    created_by: string
  }
  member_wajib_overrides: { member_id: number; effective_from: string; amount: number }
  savings_transactions: {
    id: Generated<number>
    member_id: number
    type: string
    kind: string
    date: string
    amount: number
    entry_id: number
    note: string | null
    created_at: string
  }
  savings_interest_runs: {
    month: string
    entry_id: number | null
    members: number
    gross: number
    tax: number
    posted_at: string
    posted_by: string
  }
}
