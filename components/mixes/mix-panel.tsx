import { useId, useMemo } from "react";
import type { BinOut } from "@/lib/validations/responses";
import { CalendarDownloadButton } from "@/components/calendar/calendar-download-button";
import type { ArtistRef } from "./artist-ref";
import { Badge } from "./badge";
import { ConcertCard } from "./concert-card";
import { concertKey } from "./concert-key";
import { MixArtists } from "./mix-artists";
import styles from "./mix-panel.module.css";
import { SoundProfile } from "./sound-profile";

interface Props {
  mix: BinOut;
  index: number;
  color: string;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onPreview: (a: ArtistRef) => void;
  emptyHint: string;
}

export function MixPanel({ mix, index, color, selectedKey, onSelect, onPreview, emptyHint }: Props) {
  const similarTo = useMemo(
    () => new Map(mix.bin_reason.map((r) => [r.band_spotify_id, r.related_to.map((x) => x.name)])),
    [mix.bin_reason],
  );
  const whyId = useId();
  const concerts = useMemo(() => [...mix.mix_concerts].sort((a, b) => a.date.localeCompare(b.date)), [mix.mix_concerts]);
  return (
    <div style={{ ["--mix" as string]: color }}>
      <div className={styles.head}>
        <div>
          <h2 className={styles.title}>{mix.mix_name}</h2>
          <p className={styles.basis} data-part="mix-basis">
            {mix.mix_basis === "similar_artists" ? (
              <Badge tone="graph">Grown from similar artists</Badge>
            ) : (
              <Badge tone="sound">Grouped by sound</Badge>
            )}
          </p>
          <p className={styles.reason} data-part="mix-reason">{mix.mix_reason}</p>
          <SoundProfile profile={mix.sound_profile} color={color} basis={mix.mix_basis} />
        </div>
        <div>
          <h3 id={whyId} className="subhead">
            Why this mix
          </h3>
          <MixArtists reasons={mix.bin_reason} labelledBy={whyId} onPreview={onPreview} />
        </div>
      </div>
      <div>
        <div className={styles.concertsHead}>
          <h3 className="subhead">
            {concerts.length} {concerts.length === 1 ? "concert" : "concerts"}
          </h3>
          {concerts.length ? (
            <CalendarDownloadButton
              concerts={concerts}
              label={mix.mix_name}
              ariaLabel={`Add whole mix to calendar: ${concerts.length} concerts of ${mix.mix_name} (.ics file)`}
            >
              Add whole mix to calendar
            </CalendarDownloadButton>
          ) : null}
        </div>
        {concerts.length ? (
          <ol className={styles.concertList}>
            {concerts.map((c) => {
              const key = concertKey(index, c);
              return (
                <li key={key}>
                  <ConcertCard
                    concert={c}
                    id={key}
                    selected={key === selectedKey}
                    color={color}
                    similarTo={similarTo}
                    onSelect={() => onSelect(key)}
                    onPreview={onPreview}
                  />
                </li>
              );
            })}
          </ol>
        ) : (
          <p className={styles.empty}>No concerts for this mix nearby on your dates. {emptyHint}</p>
        )}
      </div>
    </div>
  );
}
