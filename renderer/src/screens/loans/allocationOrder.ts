import type { AllocationStep } from '../../../../shared/commands/loans'
import { withProvisionDefaults, type ProvisionPolicy } from '../../../../shared/loans/provisioning'
import { formatDecimal } from '../../../../shared/money/decimal-text'

/** The order with the step at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveStep(order: readonly AllocationStep[], index: number, delta: -1 | 1): AllocationStep[] {
  const to = index + delta
  const next = [...order]
  if (index < 0 || index >= order.length || to < 0 || to >= order.length) return next
  ;[next[index], next[to]] = [next[to]!, next[index]!]
  return next
}

export interface PolicyDraft {
  maxDays: { LANCAR: string; KURANG_LANCAR: string; DIRAGUKAN: string }
  rates: { LANCAR: string; KURANG_LANCAR: string; DIRAGUKAN: string; MACET: string }
  /** Empty: the collateral test is off. */
  collateralPercent: string
  macetMonths: string
}

/** Form text of a provision policy: rates with a decimal comma. */
export function draftOfPolicy(policy: ProvisionPolicy): PolicyDraft {
  const c = (s: string) => formatDecimal(s)
  const p = withProvisionDefaults(policy)
  return {
    collateralPercent: p.diragukanCollateralPercent === null ? '' : c(p.diragukanCollateralPercent),
    macetMonths: String(p.macetAfterDiragukanMonths),
    maxDays: {
      LANCAR: String(p.maxDays.LANCAR),
      KURANG_LANCAR: String(p.maxDays.KURANG_LANCAR),
      DIRAGUKAN: String(p.maxDays.DIRAGUKAN)
    },
    rates: {
      LANCAR: c(p.rates.LANCAR),
      KURANG_LANCAR: c(p.rates.KURANG_LANCAR),
      DIRAGUKAN: c(p.rates.DIRAGUKAN),
      MACET: c(p.rates.MACET)
    }
  }
}

export type PolicyCheck =
  | { ok: true; policy: Required<ProvisionPolicy> }
  | { ok: false; errors: Record<string, 'days' | 'order' | 'rate' | 'collateral' | 'months'> }

/** Reads the form: whole days 0–3650 rising by class, and percents 0–100 with up to 4 decimals. */
export function readPolicy(d: PolicyDraft): PolicyCheck {
  const errors: Record<string, 'days' | 'order' | 'rate' | 'collateral' | 'months'> = {}
  const day = (k: keyof PolicyDraft['maxDays']) => {
    const s = d.maxDays[k].trim()
    const n = /^\d{1,4}$/.test(s) ? Number(s) : NaN
    if (!(n >= 0 && n <= 3650)) errors[`provision.maxDays.${k}`] = 'days'
    return n
  }
  const isPercent = (s: string) => /^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$/.test(s)
  const rate = (k: keyof PolicyDraft['rates']) => {
    const s = d.rates[k].trim().replace(',', '.')
    if (!isPercent(s)) errors[`provision.rates.${k}`] = 'rate'
    return s
  }
  const cover = d.collateralPercent.trim().replace(',', '.')
  if (cover !== '' && !isPercent(cover)) errors['provision.diragukanCollateralPercent'] = 'collateral'
  const months = /^\d{1,3}$/.test(d.macetMonths.trim()) ? Number(d.macetMonths.trim()) : NaN
  if (!(months >= 1 && months <= 240)) errors['provision.macetAfterDiragukanMonths'] = 'months'
  const maxDays = { LANCAR: day('LANCAR'), KURANG_LANCAR: day('KURANG_LANCAR'), DIRAGUKAN: day('DIRAGUKAN') }
  const rates = {
    LANCAR: rate('LANCAR'),
    KURANG_LANCAR: rate('KURANG_LANCAR'),
    DIRAGUKAN: rate('DIRAGUKAN'),
    MACET: rate('MACET')
  }
  if (Object.keys(errors).length === 0) {
    if (!(maxDays.LANCAR < maxDays.KURANG_LANCAR)) errors['provision.maxDays.KURANG_LANCAR'] = 'order'
    else if (!(maxDays.KURANG_LANCAR < maxDays.DIRAGUKAN)) errors['provision.maxDays.DIRAGUKAN'] = 'order'
  }
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : {
        ok: true,
        policy: {
          maxDays,
          rates,
          diragukanCollateralPercent: cover === '' ? null : cover,
          macetAfterDiragukanMonths: months
        }
      }
}
