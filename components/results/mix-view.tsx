import { useId } from "react";
import type { BinOut, MixConcertOut } from "@/lib/validations/responses";
import { CalendarDownloadButton } from "@/components/calendar/calendar-download-button";
import { feedArtists } from "@/components/calendar/feed-artists";
import { SubscribeButton, type FeedPlace } from "@/components/calendar/subscribe-button";
import type { ArtistRef } from "@/components/mixes/artist-ref";
import { Badge } from "@/components/mixes/badge";
import { MixArtists } from "@/components/mixes/mix-artists";
import { SoundProfile } from "@/components/mixes/sound-profile";
import styles from "./mix-view.module.css";

interface Props {
  mix: BinOut;
  color: string;
  /** The mix's shows in the list. */
  concerts: MixConcertOut[];
  onPreview: (a: ArtistRef) => void;
  /** Where a calendar feed of this mix looks; null when this server offers no feeds. */
  feedPlace: FeedPlace | null;
}

/** One mix's own view above its shows: what it is, its sound, why its artists are in it (folded), its calendar. */
export function MixView({ mix, color, concerts, onPreview, feedPlace }: Props) {
  const whyId = useId();
  return (
    <section className={styles.mix} style={{ ["--mix" as string]: color }} aria-labelledby={`${whyId}-name`} data-part="mix-view">
      <div className={styles.head}>
        <div>
          <h3 id={`${whyId}-name`} className={styles.title}>
            {mix.mix_name}
          </h3>
          <p className={styles.basis} data-part="mix-basis">
            {mix.mix_basis === "similar_artists" ? <Badge tone="graph">Grown from similar artists</Badge> : <Badge tone="sound">Grouped by sound</Badge>}
          </p>
          <p className={styles.reason} data-part="mix-reason">
            {mix.mix_reason}
          </p>
          {concerts.length ? (
            <CalendarDownloadButton
              concerts={concerts}
              label={mix.mix_name}
              ariaLabel={`Add whole mix to calendar: ${concerts.length} ${concerts.length === 1 ? "concert" : "concerts"} of ${mix.mix_name} (.ics file)`}
            >
              Add whole mix to calendar
            </CalendarDownloadButton>
          ) : null}
          {feedPlace ? (
            <SubscribeButton artistIds={feedArtists(mix)} name={mix.mix_name} place={feedPlace} ariaLabel={`Subscribe to ${mix.mix_name}: a calendar that stays current`}>
              Subscribe
            </SubscribeButton>
          ) : null}
        </div>
        <SoundProfile profile={mix.sound_profile} color={color} basis={mix.mix_basis} />
      </div>
      <details className={styles.why}>
        <summary id={whyId} className={styles.summary}>
          Why this mix <span className="muted">({mix.bin_reason.length} {mix.bin_reason.length === 1 ? "artist" : "artists"})</span>
        </summary>
        <MixArtists reasons={mix.bin_reason} labelledBy={whyId} onPreview={onPreview} />
      </details>
    </section>
  );
}
