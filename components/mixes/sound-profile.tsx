import type { SoundProfile as Profile } from "@/lib/domain/types";
import styles from "./sound-profile.module.css";

const BARS: { key: keyof Profile; label: string; low: string; high: string }[] = [
  { key: "energy", label: "Energy", low: "calm", high: "intense" },
  { key: "danceability", label: "Danceability", low: "still", high: "danceable" },
  { key: "valence", label: "Mood", low: "dark", high: "bright" },
  { key: "acousticness", label: "Acoustic", low: "electric", high: "acoustic" },
  { key: "instrumentalness", label: "Instrumental", low: "vocal", high: "instrumental" },
];

interface Props {
  profile: Profile | null;
  color: string;
  /** How the mix was formed: a mix grown from similar artists has no sound profile, or one from only some of its artists. */
  basis?: "sound" | "similar_artists";
}

export function SoundProfile({ profile, color, basis = "sound" }: Props) {
  if (!profile) {
    return (
      <p className="muted" data-part="no-sound-profile">
        {basis === "similar_artists"
          ? "No sound profile for this mix."
          : "Sound profile unavailable for this mix."}
      </p>
    );
  }
  return (
    <div>
      {basis === "similar_artists" ? (
        <p className={`muted ${styles.partial}`}>Sound of the artists in this mix that could be described:</p>
      ) : null}
      <dl className={styles.bars}>
        {BARS.map((b) => {
          const v = Math.max(0, Math.min(1, profile[b.key]));
          const pct = Math.round(v * 100);
          return (
            <div key={b.key} className={styles.bar} data-part="sound-bar">
              <dt>{b.label}</dt>
              <dd>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.fill} style={{ width: `${pct}%`, background: color }} />
                </span>
                <span className="sr-only">
                  {pct}% ({pct >= 50 ? b.high : b.low})
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      {Number.isFinite(profile.tempo) ? (
        <p className={styles.tempo}>≈ {Math.round(profile.tempo)} BPM</p>
      ) : null}
    </div>
  );
}
