"use client";

import { useState } from "react";
import type { FeedLinkResponse } from "@/lib/validations/taste-response";

/** Where and how long a feed looks: the search's place and radius, and its length in days as a rolling window. */
export interface FeedPlace {
  latitude: number;
  longitude: number;
  radius: number;
  days: number;
}

interface Props {
  /** The artists the feed follows, strongest first (the server keeps the first 100). */
  artistIds: string[];
  /** The calendar's name. */
  name: string;
  place: FeedPlace;
  children: React.ReactNode;
  ariaLabel?: string;
}

const FEED_ARTISTS_MAX = 100;

/**
 * A calendar that stays current: asks the server for a feed link (sealed, it reveals nothing and the
 * server keeps nothing) and offers it as a webcal:// link to subscribe to, and as an address to copy.
 */
export function SubscribeButton({ artistIds, name, place, children, ariaLabel }: Props) {
  const [link, setLink] = useState<FeedLinkResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const subscribe = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/feeds", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ artist_ids: [...new Set(artistIds)].slice(0, FEED_ARTISTS_MAX), name: name.slice(0, 80), ...place }),
      });
      const body = (await res.json()) as FeedLinkResponse & { error?: string };
      if (!res.ok) throw new Error(body.error ?? `Request failed (${res.status})`);
      setLink(body);
    } catch (err) {
      setError((err as Error).message || "Couldn't make the calendar link.");
    }
    setBusy(false);
  };
  const copy = async () => {
    if (!link) return;
    await navigator.clipboard?.writeText(link.url).then(() => setCopied(true), () => undefined);
  };
  return (
    <>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => void subscribe()} aria-label={ariaLabel} disabled={busy || artistIds.length === 0}>
        {children}
      </button>
      {link ? (
        <div className="notice" data-part="feed-link">
          <p>
            <a href={link.webcal} className="btn btn--primary btn--small">
              Subscribe in your calendar app
            </a>{" "}
            or add this address to it:
          </p>
          <p>
            <input readOnly value={link.url} aria-label="Calendar feed address" onFocus={(e) => e.currentTarget.select()} size={40} />{" "}
            <button type="button" className="btn btn--small" onClick={() => void copy()}>
              {copied ? "Copied" : "Copy"}
            </button>
          </p>
          <p className="muted">
            Your calendar app fetches these concerts afresh, from each day on, for {place.days} days. The link holds these artists and
            the place, sealed by our server: it shows nothing to whoever sees it, but whoever has it can subscribe. It works until{" "}
            {link.expires}.
          </p>
        </div>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
