import type { BinReason } from "@/lib/validations/responses";
import { ArtistBadge } from "./artist-badge";
import type { ArtistRef } from "./artist-ref";
import { PreviewButton } from "./preview-button";

export function MixArtists({ reasons, onPreview }: { reasons: BinReason[]; onPreview: (a: ArtistRef) => void }) {
  const sorted = [...reasons].sort((a, b) => Number(b.band_flag === "top") - Number(a.band_flag === "top"));
  return (
    <ul className="mix-artists">
      {sorted.map((r) => (
        <li key={r.band_spotify_id} className="mix-artist">
          {r.photo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={r.photo} alt="" width={40} height={40} className="mix-artist__photo" loading="lazy" />
          ) : (
            <span className="mix-artist__photo mix-artist__photo--none" aria-hidden="true">
              {r.band_name.slice(0, 1)}
            </span>
          )}
          <span className="mix-artist__text">
            <span className="mix-artist__name">{r.band_name}</span>
            <ArtistBadge reason={r} />
          </span>
          <PreviewButton artist={{ id: r.band_spotify_id, name: r.band_name }} onPreview={onPreview} />
        </li>
      ))}
    </ul>
  );
}
