import Link from "next/link";
import type { MixConcertOut } from "@/lib/validations/responses";
import { ticketUrl } from "@/lib/calendar/ics";
import { CalendarDownloadButton } from "@/components/calendar/calendar-download-button";
import { billing } from "@/components/mixes/billing";
import { wallClock } from "@/components/mixes/concert-date";
import { statusLabel } from "@/components/mixes/concert-status";
import { ExternalIcon } from "@/components/mixes/external-icon";
import { formatPrice } from "@/components/mixes/price";
import styles from "./concert-details.module.css";
import { ShareButton } from "./share-button";
import { VenueMapLoader } from "./venue-map-loader";

/** A concert's page: lineup, date and the venue's local time, the venue on a small map, tickets, calendar, share. */
export function ConcertDetails({ concert: c, sourceLabel }: { concert: MixConcertOut; sourceLabel: string }) {
  const when = wallClock(c.date);
  const { headline, line } = billing(c);
  const tickets = ticketUrl(c);
  const eventPage = c.url && c.url !== tickets ? c.url : null;
  const price = c.price_range ? formatPrice(c.price_range, "en-GB") : null;
  const status = statusLabel(c.status);
  const v = c.venue;
  const address = [v.city, v.region && v.region !== v.city ? v.region : null, v.country].filter(Boolean).join(", ");
  return (
    <article className={`panel ${styles.page}`} aria-labelledby="concert-title" data-status={c.status}>
      <p className={styles.eyebrow}>Concert</p>
      <h1 id="concert-title" className={styles.title}>
        {headline}
      </h1>
      {line ? <p className={styles.billing}>{line}</p> : null}
      {status ? (
        <p className={styles.status} data-part="status">
          {status}
        </p>
      ) : null}
      <dl className={styles.facts}>
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={c.date}>{when ? `${when.date}${when.time ? ` · ${when.time}` : ""}` : c.date}</time>{" "}
            <span className="muted">(the venue&apos;s local time{c.timezone ? `, ${c.timezone.replace(/_/g, " ")}` : ""})</span>
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            <strong data-part="venue">{v.name}</strong>
            {address ? `, ${address}` : null}
          </dd>
        </div>
        {price ? (
          <div>
            <dt>Tickets from</dt>
            <dd data-part="price">{price}</dd>
          </div>
        ) : null}
        {c.lineup.length ? (
          <div>
            <dt>Lineup</dt>
            <dd>
              <ol className={styles.lineup} aria-label="Lineup, headliner first">
                {c.lineup.map((name, i) => (
                  <li key={`${name}-${i}`}>
                    {name}
                    {i === 0 && c.lineup.length > 1 ? <span className="muted"> (headliner)</span> : null}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        ) : null}
      </dl>
      {c.title && c.title !== headline ? <p className={styles.eventTitle}>{c.title}</p> : null}
      {c.description ? <p className={styles.description}>{c.description}</p> : null}
      <div className={styles.actions}>
        {tickets ? (
          <a href={tickets} target="_blank" rel="noopener noreferrer" className="btn btn--primary" aria-label={`Tickets for ${headline} (opens in a new tab)`}>
            Tickets <ExternalIcon />
          </a>
        ) : null}
        <CalendarDownloadButton concerts={[c]} label={`${headline} at ${v.name}`} className="btn btn--ghost" ariaLabel={`Add to calendar: ${headline}, ${when?.date ?? c.date} (.ics file)`}>
          Add to calendar
        </CalendarDownloadButton>
        <ShareButton title={`${headline} at ${v.name}`} />
        {eventPage ? (
          <a href={eventPage} target="_blank" rel="noopener noreferrer" className="btn btn--ghost" aria-label={`Event page for ${headline} (opens in a new tab)`}>
            Event page <ExternalIcon />
          </a>
        ) : null}
      </div>
      <div className={styles.map}>
        <VenueMapLoader latitude={v.latitude} longitude={v.longitude} name={v.name} />
      </div>
      <p className="muted">
        Listing from {sourceLabel}. <Link href="/discover">Find more concerts that sound like you</Link>
      </p>
    </article>
  );
}
