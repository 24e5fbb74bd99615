"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ArtistListForm } from "./artist-list-form";
import { ProfileForm } from "./profile-form";
import styles from "./taste-picker.module.css";

type Way = "listenbrainz" | "lastfm" | "your-list";

/**
 * Taste without a Spotify session: a ListenBrainz or Last.fm username, or a list of artists. Last.fm
 * is offered only when the server has its key; otherwise the option says why it is not there.
 */
export function TastePicker({ profiles }: { profiles: { lastfm: boolean; listenbrainz: boolean } }) {
  const router = useRouter();
  const [way, setWay] = useState<Way>(profiles.listenbrainz ? "listenbrainz" : profiles.lastfm ? "lastfm" : "your-list");
  const onChosen = () => router.push("/discover");
  const ways: { id: Way; label: string; off?: string }[] = [
    { id: "listenbrainz", label: "ListenBrainz", ...(profiles.listenbrainz ? {} : { off: "ListenBrainz is switched off on this server." }) },
    { id: "lastfm", label: "Last.fm", ...(profiles.lastfm ? {} : { off: "Last.fm needs an API key on this server (LASTFM_API_KEY); its administrator can add a free one." }) },
    { id: "your-list", label: "A list of artists" },
  ];
  return (
    <div className={styles.picker}>
      <fieldset className={styles.ways}>
        <legend className="sr-only">Where your taste comes from</legend>
        {ways.map((w) => (
          <label key={w.id}>
            <input type="radio" name="taste-way" value={w.id} checked={way === w.id} disabled={!!w.off} onChange={() => setWay(w.id)} />
            {w.label}
          </label>
        ))}
      </fieldset>
      {ways
        .filter((w) => w.off)
        .map((w) => (
          <p key={w.id} className="muted" data-part={`${w.id}-off`}>
            {w.off}
          </p>
        ))}
      {way === "your-list" ? <ArtistListForm onChosen={onChosen} /> : <ProfileForm key={way} service={way} onChosen={onChosen} />}
    </div>
  );
}
