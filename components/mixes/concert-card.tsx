import Link from "next/link";
import type { MixConcertOut } from "@/lib/validations/responses";
import { ticketUrl } from "@/lib/calendar/ics";
import { CalendarDownloadButton } from "@/components/calendar/calendar-download-button";
import { cx } from "@/components/layout/class-names";
import { labelOf, useSourceLabels } from "./source-labels";
import type { ArtistRef } from "./artist-ref";
import { Badge } from "./badge";
import { billing } from "./billing";
import styles from "./concert-card.module.css";
import { formatDistance, wallClock } from "./concert-date";
import { concertPath } from "./concert-path";
import { statusLabel } from "./concert-status";
import { ExternalIcon } from "./external-icon";
import { PreviewButton } from "./preview-button";
import { formatPrice } from "./price";

interface Props {
  concert: MixConcertOut;
  id: string;
  selected: boolean;
  color: string;
  /** The mix it is in, when the mixes are formed. */
  mixName?: string;
  /** For similar artists: who they are similar to (from the mixes' bin_reason). */
  similarTo: Map<string, string[]>;
  onShowOnMap: () => void;
  onPreview: (a: ArtistRef) => void;
}

export function ConcertCard({ concert: c, id, selected, color, mixName, similarTo, onShowOnMap, onPreview }: Props) {
  const when = wallClock(c.date);
  const { headline, line } = billing(c);
  const tickets = ticketUrl(c);
  const eventPage = c.url && c.url !== tickets && !c.offers.some((o) => o.url === c.url) ? c.url : null;
  const place = [c.venue.city, c.venue.country].filter(Boolean).join(", ");
  const price = c.price_range ? formatPrice(c.price_range) : null;
  const status = statusLabel(c.status);
  const photo = c.artists.find((a) => a.photo)?.photo ?? null;
  const labels = useSourceLabels();

  return (
    <article
      id={id}
      className={cx(styles.concert, selected && "is-selected", c.status === "cancelled" && styles.cancelled)}
      style={{ ["--mix" as string]: color }}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-status={c.status}
    >
      <div className={styles.date} aria-hidden="true">
        <span className={styles.weekday}>{when?.weekday}</span>
        <span className={styles.day}>{when?.day}</span>
        <span className={styles.month}>{when?.month}</span>
      </div>
      <div className={styles.main}>
        <div className={styles.head}>
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={photo} alt="" width={48} height={48} className={styles.photo} loading="lazy" />
          ) : (
            <span className={cx(styles.photo, styles.initial)} aria-hidden="true">
              {headline.slice(0, 1)}
            </span>
          )}
          <div className={styles.titles}>
            <h3 id={`${id}-title`} className={styles.title}>
              {headline}
            </h3>
            {line ? (
              <p className={styles.billing} data-part="billing">
                {line}
              </p>
            ) : null}
          </div>
        </div>
        {status ? (
          <p className={styles.status} data-part="status">
            {status}
          </p>
        ) : null}
        <p className={styles.when}>
          <time dateTime={c.date}>{when ? `${when.date}${when.time ? ` · ${when.time}` : ""}` : c.date}</time>
          <span className="muted"> (local time)</span>
        </p>
        <p className={styles.where}>
          <span className={styles.venue} data-part="venue">
            {c.venue.name}
          </span>
          {place ? <> · {place}</> : null}
          {" · "}
          <span>{formatDistance(c.distance_km)}</span>
        </p>
        {price ? (
          <p className={styles.price} data-part="price">
            {price}
          </p>
        ) : null}
        {c.title && c.title !== headline && line !== `at ${c.title}` ? <p className={styles.eventTitle}>{c.title}</p> : null}
        <div className={styles.actions}>
          {tickets ? (
            <a
              href={tickets}
              target="_blank"
              rel="noopener noreferrer"
              className="btn btn--primary btn--small"
              aria-label={`Tickets for ${headline}, ${when?.date ?? c.date}${status ? ` (${status.toLowerCase()})` : ""} (opens in a new tab)`}
            >
              Tickets <ExternalIcon />
            </a>
          ) : null}
          <button type="button" className="btn btn--ghost btn--small" aria-pressed={selected} onClick={onShowOnMap}>
            Show on map
          </button>
          <CalendarDownloadButton concerts={[c]} label={`${headline} at ${c.venue.name}`} ariaLabel={`Add to calendar: ${headline}, ${when?.date ?? c.date} (.ics file)`}>
            Add to calendar
          </CalendarDownloadButton>
          <Link href={concertPath(c)} prefetch={false} className="btn btn--ghost btn--small" aria-label={`Concert page: ${headline}, ${when?.date ?? c.date}`}>
            Concert page
          </Link>
          {eventPage ? (
            <a href={eventPage} target="_blank" rel="noopener noreferrer" className="btn btn--ghost btn--small" aria-label={`Event page for ${headline} (opens in a new tab)`}>
              Event page <ExternalIcon />
            </a>
          ) : null}
        </div>
        <ul className={styles.artists} aria-label="Who plays, and why it is here">
          {c.artists.map((a) => {
            const sim = similarTo.get(a.spotify_id);
            return (
              <li key={a.spotify_id}>
                <span className={styles.artistName} data-part="artist-name">
                  {a.name}
                </span>{" "}
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
        <p className={`muted ${styles.source}`}>
          {mixName ? (
            <>
              <span className={styles.mixDot} aria-hidden="true" /> <span data-part="card-mix">{mixName}</span>
              {c.source ? " · " : null}
            </>
          ) : null}
          {c.source ? <span data-part="source">Listing from {labelOf(labels, c.source)}</span> : null}
        </p>
      </div>
    </article>
  );
}
