import type { MixConcertOut } from "@/lib/validations/responses";
import { CalendarDownloadButton } from "@/components/calendar/calendar-download-button";
import { cx } from "@/components/layout/class-names";
import { labelOf, useSourceLabels } from "./source-labels";
import type { ArtistRef } from "./artist-ref";
import { Badge } from "./badge";
import styles from "./concert-card.module.css";
import { formatDistance, wallClock } from "./concert-date";
import { PreviewButton } from "./preview-button";

interface Props {
  concert: MixConcertOut;
  id: string;
  selected: boolean;
  color: string;
  /** For related artists: who they are similar to (from the mix's bin_reason). */
  similarTo: Map<string, string[]>;
  onSelect: () => void;
  onPreview: (a: ArtistRef) => void;
}

const ExternalIcon = () => (
  <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

export function ConcertCard({ concert: c, id, selected, color, similarTo, onSelect, onPreview }: Props) {
  const when = wallClock(c.date);
  const names = c.artists.map((a) => a.name);
  const heading = names.length ? names.join(" + ") : (c.title ?? c.lineup[0] ?? "Concert");
  const tickets = c.offers.filter((o) => o.url);
  const place = [c.venue.city, c.venue.country].filter(Boolean).join(", ");
  const others = c.lineup.filter((n) => !names.includes(n));
  const labels = useSourceLabels();

  return (
    <article
      id={id}
      className={cx(styles.concert, selected && "is-selected")}
      style={{ ["--mix" as string]: color }}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <div className={styles.date} aria-hidden="true">
        <span className={styles.weekday}>{when?.weekday}</span>
        <span className={styles.day}>{when?.day}</span>
        <span className={styles.month}>{when?.month}</span>
      </div>
      <div className={styles.main}>
        <h3 id={`${id}-title`} className={styles.title}>
          {heading}
        </h3>
        <p className={styles.when}>
          <time dateTime={c.date}>
            {when ? `${when.date}${when.time ? ` · ${when.time}` : ""}` : c.date}
          </time>
          <span className="muted"> (local time)</span>
        </p>
        <p className={styles.where}>
          <span className={styles.venue} data-part="venue">{c.venue.name}</span>
          {place ? <> · {place}</> : null}
          {" · "}
          <span>{formatDistance(c.distance_km)}</span>
        </p>
        {c.title && names.length ? <p className={styles.eventTitle}>{c.title}</p> : null}
        <ul className={styles.artists} aria-label="Who plays, and why it is here">
          {c.artists.map((a) => {
            const sim = similarTo.get(a.spotify_id);
            return (
              <li key={a.spotify_id}>
                <span className={styles.artistName} data-part="artist-name">{a.name}</span>{" "}
                {a.band_flag === "top" ? (
                  <Badge tone="top">In your top artists</Badge>
                ) : a.band_flag === "discovery" ? (
                  <Badge tone="discovery">New to you</Badge>
                ) : (
                  <Badge tone="similar">{sim && sim.length ? `Similar to ${sim.slice(0, 2).join(" & ")}` : "Similar artist"}</Badge>
                )}
                <PreviewButton artist={{ id: a.spotify_id, name: a.name }} onPreview={onPreview} />
                {a.band_flag === "discovery" && a.reason ? (
                  <p className={styles.reason} data-part="discovery-reason">
                    {a.reason}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        {others.length ? (
          <p className={styles.lineup}>
            <span className="muted">Lineup:</span> {c.lineup.join(", ")}
          </p>
        ) : null}
        {c.source ? <p className={`muted ${styles.source}`}>Listing from {labelOf(labels, c.source)}</p> : null}
        <div className={styles.actions}>
          {tickets.map((o, i) => (
            <a
              key={`${o.url}-${i}`}
              href={o.url}
              target="_blank"
              rel="noopener noreferrer"
              className="btn btn--primary btn--small"
              aria-label={`${o.type || "Tickets"} for ${heading} (opens in a new tab)`}
            >
              {o.type || "Tickets"}
              {o.status && o.status.toLowerCase() !== "available" ? ` (${o.status})` : ""} <ExternalIcon />
            </a>
          ))}
          {c.url ? (
            <a
              href={c.url}
              target="_blank"
              rel="noopener noreferrer"
              className="btn btn--ghost btn--small"
              aria-label={`Event page for ${heading} (opens in a new tab)`}
            >
              Event page <ExternalIcon />
            </a>
          ) : null}
          <CalendarDownloadButton
            concerts={[c]}
            label={`${heading} at ${c.venue.name}`}
            ariaLabel={`Add to calendar: ${heading}, ${when?.date ?? c.date} (.ics file)`}
          >
            Add to calendar
          </CalendarDownloadButton>
          <button type="button" className="btn btn--ghost btn--small" aria-pressed={selected} onClick={onSelect}>
            {selected ? "Shown on map" : "Show on map"}
          </button>
        </div>
      </div>
    </article>
  );
}
