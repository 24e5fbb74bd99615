"use client";

import { useId } from "react";
import styles from "./advanced-options.module.css";
import fieldStyles from "./field.module.css";
import { ARTIST_COUNTS, LIMITS, TIME_RANGES, type SearchState } from "./search-state";

type Settings = Pick<SearchState, "top" | "related" | "range" | "artists" | "discoveries">;

interface Props extends Settings {
  onChange: (v: Partial<Settings>) => void;
  errors: Partial<Record<"top" | "related", string>>;
}

/** How much of the listener's taste a search uses: which listening, how many artists, similar artists, and discoveries. */
export function AdvancedOptions({ top, related, range, artists, discoveries, onChange, errors }: Props) {
  const id = useId();
  const open = !!(errors.top || errors.related);
  const whole = range === "all";
  return (
    <details className={styles.advanced} data-part="advanced" open={open || undefined}>
      <summary>Advanced</summary>
      <div className={styles.grid}>
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-range`}>Your taste from</label>
          <select id={`${id}-range`} value={range} onChange={(e) => onChange({ range: e.target.value as Settings["range"] })}>
            {TIME_RANGES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        {whole ? (
          <div className={fieldStyles.field}>
            <label htmlFor={`${id}-artists`}>Your artists to use</label>
            <select
              id={`${id}-artists`}
              value={artists ?? "all"}
              onChange={(e) => onChange({ artists: e.target.value === "all" ? null : Number(e.target.value) })}
            >
              {ARTIST_COUNTS.map((n) => (
                <option key={n ?? "all"} value={n ?? "all"}>
                  {n === null ? "All of them" : `Your ${n} strongest`}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <NumberField
          id={`${id}-top`}
          label={whole ? "Find similar artists for your strongest" : "Top artists to use"}
          value={top}
          limits={LIMITS.top}
          error={errors.top}
          onChange={(n) => onChange({ top: n })}
        />
        <NumberField
          id={`${id}-rel`}
          label={whole ? "Similar artists for each" : "Similar artists per top artist"}
          value={related}
          limits={LIMITS.related}
          error={errors.related}
          onChange={(n) => onChange({ related: n })}
        />
        <label className={styles.check}>
          <input type="checkbox" checked={discoveries} onChange={(e) => onChange({ discoveries: e.target.checked })} />
          Also show performers new to you that sound like your mixes
        </label>
      </div>
    </details>
  );
}

function NumberField(props: { id: string; label: string; value: number; limits: { min: number; max: number }; error?: string; onChange: (n: number) => void }) {
  const { id, label, value, limits, error, onChange } = props;
  return (
    <div className={fieldStyles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        value={Number.isFinite(value) ? value : ""}
        aria-invalid={!!error || undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value === "" ? NaN : Number(e.target.value))}
      />
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
