"use client";

import { useState } from "react";
import { placeLabelAt } from "./place-label";
import styles from "./use-my-location-button.module.css";

interface Props {
  onLocate: (p: { name: string; latitude: number; longitude: number }) => void;
}

const MESSAGES: Record<number, string> = {
  1: "Location access was refused. Search for a city or click the map instead (you can allow location in your browser's site settings).",
  2: "Your location isn't available right now. Search for a city or click the map instead.",
  3: "Finding your location took too long. Search for a city or click the map instead.",
};

export function UseMyLocationButton({ onLocate }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const locate = () => {
    setMessage(null);
    if (typeof navigator === "undefined" || !("geolocation" in navigator)) {
      setMessage("This browser can't share your location. Search for a city or click the map instead.");
      return;
    }
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const { latitude, longitude } = pos.coords;
        // Named after the town there, like a dropped pin.
        void placeLabelAt(latitude, longitude).then((name) => {
          setBusy(false);
          onLocate({ name: name ?? "My location", latitude, longitude });
        });
      },
      (err) => {
        setBusy(false);
        setMessage(MESSAGES[err.code] ?? MESSAGES[2]!);
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 5 * 60_000 },
    );
  };

  return (
    <div className={styles.locate}>
      <button type="button" className="btn btn--ghost btn--small" onClick={locate} disabled={busy}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="12" cy="12" r="4" fill="currentColor" />
          <path
            d="M12 2v3M12 19v3M2 12h3M19 12h3"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        {busy ? "Locating…" : "Use my location"}
      </button>
      <p className={styles.message} role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
