import styles from "./view-toggle.module.css";

export type ResultsView = "list" | "map";

/** On a phone: the results as a list, or on the map (a floating switch; hidden on wider screens, where both show). */
export function ViewToggle({ view, onChange }: { view: ResultsView; onChange: (v: ResultsView) => void }) {
  return (
    <div className={styles.toggle} role="group" aria-label="Show results as">
      {(["list", "map"] as const).map((v) => (
        <button key={v} type="button" className={styles.option} aria-pressed={view === v} onClick={() => onChange(v)}>
          {v === "list" ? "List" : "Map"}
        </button>
      ))}
    </div>
  );
}
