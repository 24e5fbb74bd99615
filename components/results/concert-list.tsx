"use client";

import { useState } from "react";
import type { BinOut } from "@/lib/validations/responses";
import type { ArtistRef } from "@/components/mixes/artist-ref";
import { ConcertCard } from "@/components/mixes/concert-card";
import { mixColor } from "@/components/mixes/mix-colors";
import { concertKey, type ListedConcert } from "./concerts";
import styles from "./concert-list.module.css";

/** Cards shown at first, and added by each "Show more". */
const PAGE = 40;
const NEUTRAL = "#5b5670";

interface Props {
  concerts: ListedConcert[];
  mixes: BinOut[];
  similarTo: Map<string, string[]>;
  selectedKey: string | null;
  onShowOnMap: (c: ListedConcert) => void;
  onPreview: (a: ArtistRef) => void;
}

/** The shows by date, each a card in its mix's colour; long lists a page at a time. */
export function ConcertList({ concerts, mixes, similarTo, selectedKey, onShowOnMap, onPreview }: Props) {
  const [shown, setShown] = useState(PAGE);
  const selectedAt = concerts.findIndex((c) => concertKey(c) === selectedKey);
  const count = Math.max(shown, selectedAt + 1);
  const index = new Map(mixes.map((m, i) => [m.id, i]));
  return (
    <>
      <ol className={styles.list} aria-label="Concerts by date">
        {concerts.slice(0, count).map((c) => {
          const key = concertKey(c);
          const mixIndex = c.bin_id === null ? undefined : index.get(c.bin_id);
          return (
            <li key={key}>
              <ConcertCard
                concert={c}
                id={key}
                selected={key === selectedKey}
                color={mixIndex === undefined ? NEUTRAL : mixColor(mixIndex)}
                mixName={mixIndex === undefined ? undefined : mixes[mixIndex]!.mix_name}
                similarTo={similarTo}
                onShowOnMap={() => onShowOnMap(c)}
                onPreview={onPreview}
              />
            </li>
          );
        })}
      </ol>
      {concerts.length > count ? (
        <button type="button" className={`btn btn--ghost ${styles.more}`} onClick={() => setShown(count + PAGE)}>
          Show {Math.min(PAGE, concerts.length - count)} more of {concerts.length} concerts
        </button>
      ) : null}
    </>
  );
}
