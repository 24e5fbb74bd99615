"use client";

import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { SessionExpiredNotice } from "@/components/auth/session-expired-notice";
import type { FeedPlace } from "@/components/calendar/subscribe-button";
import { cx } from "@/components/layout/class-names";
import { MapLoader } from "@/components/map/map-loader";
import type { ConcertPin, DiscoverMapProps } from "@/components/map/map-types";
import type { ArtistRef } from "@/components/mixes/artist-ref";
import { answerNotes } from "@/components/mixes/answer-notes";
import { billing } from "@/components/mixes/billing";
import { SourceLabelsProvider } from "@/components/mixes/source-labels";
import { ApiError } from "@/components/mixes/bins-stream";
import { wallClock } from "@/components/mixes/concert-date";
import { concertPath } from "@/components/mixes/concert-path";
import { statusLabel } from "@/components/mixes/concert-status";
import { mixColor } from "@/components/mixes/mix-colors";
import { useBins } from "@/components/mixes/use-bins";
import { concertKey, concertsOf, countsByMix, foundSoFar, inMix, type ListedConcert } from "@/components/results/concerts";
import { ResultsPanel } from "@/components/results/results-panel";
import { staleChanges } from "@/components/results/stale";
import type { ResultsView } from "@/components/results/view-toggle";
import { widenings } from "@/components/results/widen";
import { placeLabelAt } from "@/components/search/place-label";
import { SearchPanel } from "@/components/search/search-panel";
import { CurrentTaste } from "@/components/taste/current-taste";
import { hasPlace, parseSearch, toSearchParams, validateSearch, type SearchState } from "@/components/search/search-state";
import { REFRESH_FAILED } from "@/lib/auth/refresh-failed";
import { ticketUrl } from "@/lib/calendar/ics";
import { daysInRange } from "@/lib/dates/date-range";
import type { TasteSummary } from "@/lib/validations/taste-response";
import styles from "./discover-client.module.css";

const ArtistPreviewDialog = dynamic(() => import("@/components/mixes/artist-preview-dialog"), { ssr: false });

const NEUTRAL = "#5b5670";
const isPhone = () => window.matchMedia("(max-width: 960px)").matches;

interface Props {
  embedBaseUrl: string;
  sourceLabels: Record<string, string>;
  /** The taste the listener chose without Spotify, if any (it wins over a Spotify session). */
  taste: TasteSummary | null;
  /** Whether this server offers calendar feeds. */
  feeds: boolean;
}

export function DiscoverClient({ embedBaseUrl, sourceLabels, taste, feeds }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const sp = useSearchParams();
  const spKey = sp.toString();
  const submitted = useMemo(() => parseSearch(new URLSearchParams(spKey)), [spKey]);
  const [draft, setDraft] = useState<SearchState>(submitted);
  const [tried, setTried] = useState(false);
  const [fit, setFit] = useState<DiscoverMapProps["fit"]>(() => ({ key: `url:${spKey}`, points: [] }));
  const [mix, setMix] = useState<number | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [open, setOpen] = useState<DiscoverMapProps["open"]>(null);
  const [view, setView] = useState<ResultsView>("list");
  const [preview, setPreview] = useState<ArtistRef | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  /** Set by Find: the results heading takes focus once it is on the page. */
  const focusResults = useRef(false);

  // Back/forward or a shared link: the form follows the URL.
  useEffect(() => {
    setDraft(submitted);
    setFit({ key: `url:${spKey}`, points: [] });
  }, [submitted, spKey]);

  const bins = useBins(submitted);
  const data = bins.data;
  const answer = useMemo(() => (data ? concertsOf(data) : null), [data]);
  const streamed = useMemo(() => foundSoFar(bins.progress.found), [bins.progress.found]);
  // Shows appear as the stream finds them; the answer's list replaces them when it arrives.
  const list = answer ?? (bins.isFetching ? streamed : []);
  const counts = useMemo(() => countsByMix(list), [list]);
  const mixIndex = useMemo(() => new Map((data?.user_bins ?? []).map((m, i) => [m.id, i])), [data]);
  const shown = useMemo(() => inMix(list, answer ? mix : null), [list, answer, mix]);

  const pins = useMemo<ConcertPin[]>(
    () =>
      shown.map((c) => {
        const when = wallClock(c.date);
        const i = c.bin_id === null ? undefined : mixIndex.get(c.bin_id);
        const { headline, line } = billing(c);
        const mixName = i === undefined ? null : data?.user_bins[i]?.mix_name;
        return {
          key: concertKey(c),
          color: i === undefined ? NEUTRAL : mixColor(i),
          latitude: c.venue.latitude,
          longitude: c.venue.longitude,
          label: `${headline} at ${c.venue.name}${when ? `, ${when.date}` : ""}${mixName ? ` (${mixName})` : ""}`,
          popup: {
            title: headline,
            line,
            status: statusLabel(c.status),
            when: when ? `${when.date}${when.time ? ` · ${when.time}` : ""}` : c.date,
            venue: [c.venue.name, c.venue.city].filter(Boolean).join(", "),
            tickets: ticketUrl(c),
            page: concertPath(c),
          },
        };
      }),
    [shown, mixIndex, data],
  );

  // A new answer or another mix: the map fits its concerts (and the pin); the list starts from the top.
  useEffect(() => {
    setSelectedKey(null);
    setOpen(null);
  }, [data, mix]);
  useEffect(() => {
    setMix(null);
    setView("list");
  }, [data]);
  const center = hasPlace(draft) ? { lat: draft.lat, lon: draft.lon } : null;
  useEffect(() => {
    if (!answer || !hasPlace(submitted)) return;
    const points = inMix(answer, mix).map((c): [number, number] => [c.venue.latitude, c.venue.longitude]);
    setFit({ key: `answer:${bins.dataUpdatedAt}:${mix}`, points: points.length ? [...points, [submitted.lat, submitted.lon]] : [] });
  }, [answer, mix, submitted, bins.dataUpdatedAt]);

  // The Spotify grant ended (refresh refused or token rejected): end the session, say so.
  const { data: session } = useSession();
  const unauthorized = bins.error instanceof ApiError && bins.error.status === 401;
  const expired = session?.error === REFRESH_FAILED || unauthorized;
  useEffect(() => {
    if (expired) void signOut({ redirect: false });
  }, [expired]);

  const problems = validateSearch(draft);
  const commit = useCallback(
    (next: SearchState) => {
      focusResults.current = true;
      const qs = toSearchParams(next).toString();
      if (qs === spKey) {
        void bins.refetch();
        return;
      }
      router.push(`${pathname}?${qs}`, { scroll: false });
    },
    [pathname, router, spKey, bins],
  );

  // After Find: the results heading takes focus and comes into view (the live summary below it says what was found).
  useEffect(() => {
    const heading = headingRef.current;
    if (!focusResults.current || !heading) return;
    focusResults.current = false;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
  });

  const submit = () => {
    setTried(true);
    if (problems.length) {
      const first = problems[0]!.field;
      const el = document.querySelector<HTMLElement>(
        first === "place" ? 'input[role="combobox"]' : first === "dates" ? '[data-part="dates"] input' : '[data-part="advanced"] summary',
      );
      el?.focus();
      return;
    }
    commit(draft);
  };

  const patch = useCallback((p: Partial<SearchState>) => {
    setDraft((d) => ({ ...d, ...p }));
    if ("radius" in p || ("lat" in p && p.place !== "Dropped pin")) setFit({ key: `draft:${Date.now()}`, points: [] });
  }, []);

  const onMapPlace = useCallback((p: { lat: number; lon: number }) => {
    setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon, place: "Dropped pin" }));
    // Name the pin after the town it is in or next to, if there is one.
    void placeLabelAt(p.lat, p.lon).then((name) => {
      if (!name) return;
      setDraft((d) => (d.lat === p.lat && d.lon === p.lon && d.place === "Dropped pin" ? { ...d, place: name } : d));
    });
  }, []);

  const showOnMap = useCallback((c: ListedConcert) => {
    const key = concertKey(c);
    setSelectedKey(key);
    setOpen((o) => ({ key, nonce: (o?.nonce ?? 0) + 1 }));
    if (isPhone()) setView("map");
    else mapRef.current?.scrollIntoView({ behavior: "smooth", block: "center" });
  }, []);

  const notes = useMemo(() => (data ? answerNotes(data.warnings, data.sources, sourceLabels) : null), [data, sourceLabels]);
  const similarTo = useMemo(
    () => new Map((data?.user_bins ?? []).flatMap((b) => b.bin_reason.map((r): [string, string[]] => [r.band_spotify_id, r.related_to.map((x) => x.name)]))),
    [data],
  );
  const days = (() => {
    try {
      return daysInRange({ begin: submitted.from, end: submitted.to });
    } catch {
      return 0;
    }
  })();
  const placeName = submitted.place || "your pin";
  // A feed looks where the search did, as far ahead as the search's dates reach.
  const feedPlace: FeedPlace | null =
    feeds && hasPlace(submitted) ? { latitude: submitted.lat, longitude: submitted.lon, radius: submitted.radius, days: Math.min(366, Math.max(1, days)) } : null;
  const from = wallClock(submitted.from)?.date ?? submitted.from;
  const to = wallClock(submitted.to)?.date ?? submitted.to;
  const mapView = view === "map" && list.length > 0;

  return (
    <SourceLabelsProvider value={sourceLabels}>
      <div>
        <div className={styles.top}>
          <aside className="panel">
            <h1 className={styles.title}>Find concerts</h1>
            {taste ? <CurrentTaste taste={taste} /> : null}
            <SearchPanel draft={draft} onChange={patch} onSubmit={submit} problems={problems} showProblems={tried} busy={bins.isFetching} />
          </aside>
          <div ref={mapRef} className={cx(styles.map, mapView && styles.mapView)} data-part="map">
            <MapLoader
              center={center}
              radiusKm={draft.radius}
              fit={fit}
              onPlaceChange={onMapPlace}
              pins={pins}
              selectedKey={selectedKey}
              onPinSelect={setSelectedKey}
              open={open}
            />
          </div>
        </div>

        {expired ? (
          <div className={styles.notice}>
            <SessionExpiredNotice message={unauthorized ? bins.error?.message : undefined} />
          </div>
        ) : bins.runnable ? (
          <ResultsPanel
            headingRef={headingRef}
            results={{ data, fetching: bins.isFetching, error: bins.isError ? bins.error : null, progress: bins.progress }}
            onRetry={() => void bins.refetch()}
            placeName={placeName}
            feedPlace={feedPlace}
            radius={submitted.radius}
            days={days}
            list={list}
            counts={counts}
            mix={mix}
            onMix={setMix}
            notes={notes}
            stale={{
              changes: staleChanges(draft, submitted),
              shownFor: `${placeName}, ${submitted.radius} km, ${from} to ${to}`,
              onUpdate: submit,
            }}
            widen={widenings(submitted, days).map((w) => ({ label: w.label, run: () => commit(w.next) }))}
            view={view}
            onView={setView}
            similarTo={similarTo}
            selectedKey={selectedKey}
            onShowOnMap={showOnMap}
            onPreview={setPreview}
          />
        ) : (
          <section className={`panel ${styles.intro}`}>
            <h2 className="subhead">Where and when?</h2>
            <p>
              Pick a city (or click the map), choose how far you&apos;d travel and your dates, then press <strong>Find concerts</strong>. We&apos;ll sort your
              taste into mixes and show the concerts that fit it.
            </p>
          </section>
        )}

        {preview ? <ArtistPreviewDialog artist={preview} embedBaseUrl={embedBaseUrl} onClose={() => setPreview(null)} /> : null}
      </div>
    </SourceLabelsProvider>
  );
}
