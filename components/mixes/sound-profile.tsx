import type { SoundProfile as Profile } from "@/lib/domain/types";

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
      <p className="muted sound-profile--none">
        {basis === "similar_artists"
          ? "No sound profile for this mix."
          : "Sound profile unavailable for this mix."}
      </p>
    );
  }
  return (
    <div className="sound-profile">
      {basis === "similar_artists" ? (
        <p className="muted sound-profile__partial">Sound of the artists in this mix that could be described:</p>
      ) : null}
      <dl className="sound-profile__bars">
        {BARS.map((b) => {
          const v = Math.max(0, Math.min(1, profile[b.key]));
          const pct = Math.round(v * 100);
          return (
            <div key={b.key} className="sound-bar">
              <dt>{b.label}</dt>
              <dd>
                <span className="sound-bar__track" aria-hidden="true">
                  <span className="sound-bar__fill" style={{ width: `${pct}%`, background: color }} />
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
        <p className="sound-profile__tempo">≈ {Math.round(profile.tempo)} BPM</p>
      ) : null}
    </div>
  );
}
