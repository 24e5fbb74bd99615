"use client";

import { useId } from "react";
import { cx } from "@/components/layout/class-names";
import { matchingPreset, PRESETS, presetRange } from "./date-presets";
import styles from "./date-range-picker.module.css";
import fieldStyles from "./field.module.css";

interface Props {
  from: string;
  to: string;
  onChange: (r: { from: string; to: string }) => void;
  error?: string | null;
}

export function DateRangePicker({ from, to, onChange, error }: Props) {
  const id = useId();
  const preset = matchingPreset({ begin: from, end: to });
  return (
    <fieldset data-part="dates" aria-describedby={error ? `${id}-err` : undefined}>
      <legend className="field-label">Dates</legend>
      <div className={styles.chips} role="group" aria-label="Quick dates">
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className={cx(styles.chip, p.id === preset && "is-on")}
            aria-pressed={p.id === preset}
            onClick={() => {
              const r = presetRange(p.id);
              onChange({ from: r.begin, to: r.end });
            }}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className={styles.custom}>
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            aria-invalid={!!error || undefined}
            onChange={(e) => onChange({ from: e.target.value, to })}
          />
        </div>
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            min={from || undefined}
            aria-invalid={!!error || undefined}
            onChange={(e) => onChange({ from, to: e.target.value })}
          />
        </div>
      </div>
      {error ? (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
