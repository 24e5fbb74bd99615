// Date range presets for the search form. Ranges are YYYY-MM-DD, inclusive, in the
// listener's own calendar (the browser's today).
import { addDays, format, isSaturday, isSunday, nextSaturday } from "date-fns";
import type { DateRange } from "@/lib/domain/types";

export type PresetId = "weekend" | "7" | "30" | "90";

export const PRESETS: { id: PresetId; label: string }[] = [
  { id: "weekend", label: "This weekend" },
  { id: "7", label: "Next 7 days" },
  { id: "30", label: "Next 30 days" },
  { id: "90", label: "Next 90 days" },
];

export const iso = (d: Date) => format(d, "yyyy-MM-dd");

export function presetRange(id: PresetId, today: Date = new Date()): DateRange {
  switch (id) {
    case "weekend": {
      if (isSunday(today)) return { begin: iso(today), end: iso(today) };
      const sat = isSaturday(today) ? today : nextSaturday(today);
      return { begin: iso(sat), end: iso(addDays(sat, 1)) };
    }
    default: {
      const days = Number(id);
      return { begin: iso(today), end: iso(addDays(today, days - 1)) };
    }
  }
}

/** Which preset (if any) this range is today. */
export function matchingPreset(r: DateRange, today: Date = new Date()): PresetId | null {
  for (const p of PRESETS) {
    const pr = presetRange(p.id, today);
    if (pr.begin === r.begin && pr.end === r.end) return p.id;
  }
  return null;
}
