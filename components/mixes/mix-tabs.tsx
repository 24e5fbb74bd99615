"use client";

import { useRef, type KeyboardEvent } from "react";
import type { BinOut } from "@/lib/validations/responses";
import { cx } from "@/components/layout/class-names";
import type { ArtistRef } from "./artist-ref";
import { mixColor } from "./mix-colors";
import { MixPanel } from "./mix-panel";
import styles from "./mix-tabs.module.css";

interface Props {
  mixes: BinOut[];
  active: number;
  onActivate: (i: number) => void;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onPreview: (a: ArtistRef) => void;
  emptyHint: string;
}

/** Mixes as an accessible tablist (arrow keys, Home/End; automatic activation). */
export function MixTabs({ mixes, active, onActivate, selectedKey, onSelect, onPreview, emptyHint }: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (to: number) => {
    const i = (to + mixes.length) % mixes.length;
    onActivate(i);
    tabs.current[i]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowRight" || e.key === "ArrowDown") move(active + 1);
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") move(active - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(mixes.length - 1);
    else return;
    e.preventDefault();
  };
  const mix = mixes[active];
  return (
    <div>
      <div role="tablist" aria-label="Your mixes" className={styles.tablist} onKeyDown={onKey}>
        {mixes.map((m, i) => (
          <button
            key={m.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            role="tab"
            type="button"
            id={`mix-tab-${i}`}
            aria-selected={i === active}
            aria-controls={`mix-panel-${i}`}
            tabIndex={i === active ? 0 : -1}
            className={cx(styles.tab, i === active && "is-active")}
            style={{ ["--mix" as string]: mixColor(i) }}
            onClick={() => onActivate(i)}
          >
            <span className={styles.dot} aria-hidden="true" />
            <span data-part="mix-name">{m.mix_name}</span>
            <span className={styles.count} data-part="concert-count">
              {m.mix_concerts.length}
              <span className="sr-only"> {m.mix_concerts.length === 1 ? "concert" : "concerts"}</span>
            </span>
          </button>
        ))}
      </div>
      {mix ? (
        <div role="tabpanel" id={`mix-panel-${active}`} aria-labelledby={`mix-tab-${active}`} className={styles.tabpanel} tabIndex={0} style={{ ["--mix" as string]: mixColor(active) }}>
          <MixPanel
            mix={mix}
            index={active}
            color={mixColor(active)}
            selectedKey={selectedKey}
            onSelect={onSelect}
            onPreview={onPreview}
            emptyHint={emptyHint}
          />
        </div>
      ) : null}
    </div>
  );
}
