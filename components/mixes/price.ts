import type { PriceRange } from "@/lib/domain/types";

/** "€35", "€35–€60", "$49.50–$89.50": whole amounts without decimals. `locale` undefined: the browser's. */
export function formatPrice(p: PriceRange, locale?: string): string | null {
  if (!Number.isFinite(p.min) || !Number.isFinite(p.max) || p.min < 0 || p.max < p.min) return null;
  const whole = Number.isInteger(p.min) && Number.isInteger(p.max);
  let f: Intl.NumberFormat;
  try {
    f = new Intl.NumberFormat(locale, { style: "currency", currency: p.currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
  } catch {
    return null; // not a currency code
  }
  return p.min === p.max ? f.format(p.min) : `${f.format(p.min)}–${f.format(p.max)}`;
}
