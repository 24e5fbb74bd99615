"use client";

import type { BinOut } from "@/lib/validations/responses";
import { mixColor } from "@/components/mixes/mix-colors";
import styles from "./mix-filter.module.css";

interface Props {
  mixes: BinOut[];
  counts: Map<number, number>;
  total: number;
  /** The chosen mix's id, or null for all of them. */
  value: number | null;
  onChange: (mix: number | null) => void;
}

/** The mixes as filters over the one list: a radio group (one tab stop, arrow keys), drawn as chips that wrap. */
export function MixFilter({ mixes, counts, total, value, onChange }: Props) {
  const chip = (id: number | null, name: string, count: number, color?: string) => (
    <label key={id ?? "all"} className={styles.chip} style={color ? { ["--mix" as string]: color } : undefined}>
      <input type="radio" name="mix-filter" className={styles.radio} checked={value === id} onChange={() => onChange(id)} />
      {color ? <span className={styles.dot} aria-hidden="true" /> : null}
      <span data-part="mix-name">{name}</span>
      <span className={styles.count} data-part="concert-count">
        {count}
        <span className="sr-only"> {count === 1 ? "concert" : "concerts"}</span>
      </span>
    </label>
  );
  return (
    <fieldset className={styles.filter}>
      <legend className={styles.legend}>Show</legend>
      <div className={styles.chips}>
        {chip(null, "All mixes", total)}
        {mixes.map((m, i) => chip(m.id, m.mix_name, counts.get(m.id) ?? 0, mixColor(i)))}
      </div>
    </fieldset>
  );
}
