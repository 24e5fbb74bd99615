import type { SoundProfile as Profile } from "@/lib/domain/types";

const BARS: { key: keyof Profile; label: string; low: string; high: string }[] = [
  { key: "energy", label: "Energy", low: "calm", high: "intense" },
  { key: "danceability", label: "Danceability", low: "still", high: "danceable" },
  { key: "valence", label: "Mood", low: "dark", high: "bright" },
  { key: "acousticness", label: "Acoustic", low: "electric", high: "acoustic" },
  { key: "instrumentalness", label: "Instrumental", low: "vocal", high: "instrumental" },
];

export function SoundProfile({ profile, color }: { profile: Profile | null; color: string }) {
  if (!profile) {
    return <p className="muted sound-profile--none">Sound profile unavailable for this mix.</p>;
  }
  return (
    <div className="sound-profile">
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
