"use client";

import { RADII, type Radius } from "./search-state";

export function RadiusPicker({ value, onChange }: { value: Radius; onChange: (r: Radius) => void }) {
  return (
    <fieldset className="segmented">
      <legend className="field-label">Distance</legend>
      <div className="segmented__options">
        {RADII.map((r) => (
          <label key={r} className={r === value ? "segmented__option is-checked" : "segmented__option"}>
            <input type="radio" name="radius" value={r} checked={r === value} onChange={() => onChange(r)} />
            <span>{r} km</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
