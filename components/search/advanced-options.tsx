"use client";

import type { TimeRange } from "@/lib/domain/types";
import { useId } from "react";
import styles from "./advanced-options.module.css";
import fieldStyles from "./field.module.css";
import { LIMITS, TIME_RANGES } from "./search-state";

interface Props {
  top: number;
  related: number;
  range: TimeRange;
  onChange: (v: Partial<{ top: number; related: number; range: TimeRange }>) => void;
  errors: Partial<Record<"top" | "related", string>>;
}

export function AdvancedOptions({ top, related, range, onChange, errors }: Props) {
  const id = useId();
  const open = !!(errors.top || errors.related);
  return (
    <details className={styles.advanced} data-part="advanced" open={open || undefined}>
      <summary>Advanced</summary>
      <div className={styles.grid}>
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-top`}>Top artists to use</label>
          <input
            id={`${id}-top`}
            type="number"
            inputMode="numeric"
            min={LIMITS.top.min}
            max={LIMITS.top.max}
            step={1}
            value={Number.isFinite(top) ? top : ""}
            aria-invalid={!!errors.top || undefined}
            aria-describedby={errors.top ? `${id}-top-err` : undefined}
            onChange={(e) => onChange({ top: e.target.value === "" ? NaN : Number(e.target.value) })}
          />
          {errors.top ? (
            <p id={`${id}-top-err`} className="field-error">
              {errors.top}
            </p>
          ) : null}
        </div>
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-rel`}>Similar artists per top artist</label>
          <input
            id={`${id}-rel`}
            type="number"
            inputMode="numeric"
            min={LIMITS.related.min}
            max={LIMITS.related.max}
            step={1}
            value={Number.isFinite(related) ? related : ""}
            aria-invalid={!!errors.related || undefined}
            aria-describedby={errors.related ? `${id}-rel-err` : undefined}
            onChange={(e) => onChange({ related: e.target.value === "" ? NaN : Number(e.target.value) })}
          />
          {errors.related ? (
            <p id={`${id}-rel-err`} className="field-error">
              {errors.related}
            </p>
          ) : null}
        </div>
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-range`}>Taste from</label>
          <select
            id={`${id}-range`}
            value={range}
            onChange={(e) => onChange({ range: e.target.value as TimeRange })}
          >
            {TIME_RANGES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </details>
  );
}
