"use client";

import type { FormEvent } from "react";
import { AdvancedOptions } from "./advanced-options";
import { DateRangePicker } from "./date-range-picker";
import { PlaceSearch } from "./place-search";
import { RadiusPicker } from "./radius-picker";
import styles from "./search-panel.module.css";
import type { FieldProblem, SearchState } from "./search-state";
import { UseMyLocationButton } from "./use-my-location-button";

interface Props {
  draft: SearchState;
  onChange: (patch: Partial<SearchState>) => void;
  onSubmit: () => void;
  problems: FieldProblem[];
  /** Show problems only after a submit attempt. */
  showProblems: boolean;
  busy: boolean;
}

export function SearchPanel({ draft, onChange, onSubmit, problems, showProblems, busy }: Props) {
  const err = (f: FieldProblem["field"]) => (showProblems ? problems.find((p) => p.field === f)?.message : undefined);
  const placeErr = err("place");
  // Date problems show as soon as they exist: they come from the listener's own typing.
  const datesErr = problems.find((p) => p.field === "dates")?.message ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Concert search" noValidate>
      <div>
        <PlaceSearch
          value={draft.place}
          invalid={!!placeErr}
          describedBy={placeErr ? "place-error" : undefined}
          onSelect={(p) => onChange({ lat: p.latitude, lon: p.longitude, place: p.name })}
        />
        <UseMyLocationButton onLocate={(p) => onChange({ lat: p.latitude, lon: p.longitude, place: p.name })} />
        {placeErr ? (
          <p id="place-error" className="field-error" role="alert">
            {placeErr}
          </p>
        ) : draft.lat !== null && draft.lon !== null ? (
          <p className={styles.hint}>
            Around <strong>{draft.place || "the pin"}</strong> ({draft.lat.toFixed(3)}, {draft.lon.toFixed(3)}). Click
            or drag the pin on the map to move it.
          </p>
        ) : (
          <p className={styles.hint}>Or click the map to drop a pin.</p>
        )}
      </div>
      <RadiusPicker value={draft.radius} onChange={(radius) => onChange({ radius })} />
      <DateRangePicker from={draft.from} to={draft.to} error={datesErr} onChange={(r) => onChange(r)} />
      <AdvancedOptions
        top={draft.top}
        related={draft.related}
        range={draft.range}
        artists={draft.artists}
        discoveries={draft.discoveries}
        onChange={(v) => onChange(v)}
        errors={{ top: err("top"), related: err("related") }}
      />
      <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
        {busy ? "Finding concerts…" : "Find concerts"}
      </button>
    </form>
  );
}
