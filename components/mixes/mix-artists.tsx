import type { BinReason } from "@/lib/validations/responses";
import { cx } from "@/components/layout/class-names";
import { ArtistBadge } from "./artist-badge";
import type { ArtistRef } from "./artist-ref";
import styles from "./mix-artists.module.css";
import { PreviewButton } from "./preview-button";

interface Props {
  reasons: BinReason[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  onPreview: (a: ArtistRef) => void;
}

export function MixArtists({ reasons, labelledBy, onPreview }: Props) {
  const sorted = [...reasons].sort((a, b) => Number(b.band_flag === "top") - Number(a.band_flag === "top"));
  return (
    <ul className={styles.artists} aria-labelledby={labelledBy}>
      {sorted.map((r) => (
        <li key={r.band_spotify_id} className={styles.artist}>
          {r.photo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={r.photo} alt="" width={40} height={40} className={styles.photo} loading="lazy" />
          ) : (
            <span className={cx(styles.photo, styles.initial)} aria-hidden="true">
              {r.band_name.slice(0, 1)}
            </span>
          )}
          <span className={styles.text}>
            <span className={styles.name} data-part="artist-name">{r.band_name}</span>
            <ArtistBadge reason={r} />
          </span>
          <PreviewButton artist={{ id: r.band_spotify_id, name: r.band_name }} onPreview={onPreview} />
        </li>
      ))}
    </ul>
  );
}
