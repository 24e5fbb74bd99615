"use client";

import { cx } from "@/components/layout/class-names";
import styles from "./radius-picker.module.css";
import { RADII, type Radius } from "./search-state";

export function RadiusPicker({ value, onChange }: { value: Radius; onChange: (r: Radius) => void }) {
  return (
    <fieldset>
      <legend className="field-label">Distance</legend>
      <div className={styles.options}>
        {RADII.map((r) => (
          <label key={r} className={cx(styles.option, r === value && "is-checked")}>
            <input type="radio" name="radius" value={r} checked={r === value} onChange={() => onChange(r)} />
            <span>{r} km</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
