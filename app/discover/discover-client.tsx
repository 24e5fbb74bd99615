"use client";

import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { SessionExpiredNotice } from "@/components/auth/session-expired-notice";
import { MapLoader } from "@/components/map/map-loader";
import type { ConcertPin } from "@/components/map/map-types";
import type { ArtistRef } from "@/components/mixes/artist-ref";
import { answerNotes } from "@/components/mixes/answer-notes";
import { SourceLabelsProvider } from "@/components/mixes/source-labels";
import { ApiError } from "@/components/mixes/bins-stream";
import { BuiltFrom } from "@/components/mixes/built-from";
import { wallClock } from "@/components/mixes/concert-date";
import { concertKey } from "@/components/mixes/concert-key";
import { EmptyResults } from "@/components/mixes/empty-results";
import { mixColor } from "@/components/mixes/mix-colors";
import { MixTabs } from "@/components/mixes/mix-tabs";
import { ProgressPanel } from "@/components/mixes/progress-panel";
import { ResultsError } from "@/components/mixes/results-error";
import { useBins } from "@/components/mixes/use-bins";
import { WarningsList } from "@/components/mixes/warnings-list";
import { presetRange } from "@/components/search/date-presets";
import { placeLabelAt } from "@/components/search/place-label";
import { SearchPanel } from "@/components/search/search-panel";
import {
  hasPlace,
  parseSearch,
  toSearchParams,
  validateSearch,
  type SearchState,
} from "@/components/search/search-state";
import { REFRESH_FAILED } from "@/lib/auth/refresh-failed";
import { daysInRange } from "@/lib/dates/date-range";
import type { GetBinsResponse } from "@/lib/validations/responses";
import styles from "./discover-client.module.css";

const ArtistPreviewDialog = dynamic(() => import("@/components/mixes/artist-preview-dialog"), { ssr: false });

export function DiscoverClient({ embedBaseUrl, sourceLabels }: { embedBaseUrl: string; sourceLabels: Record<string, string> }) {
  const router = useRouter();
  const pathname = usePathname();
  const sp = useSearchParams();
  const spKey = sp.toString();
  const submitted = useMemo(() => parseSearch(new URLSearchParams(spKey)), [spKey]);
  const [draft, setDraft] = useState<SearchState>(submitted);
  const [tried, setTried] = useState(false);
  const [fitKey, setFitKey] = useState(() => `url:${spKey}`);
  const [activeMix, setActiveMix] = useState(0);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [preview, setPreview] = useState<ArtistRef | null>(null);

  // Back/forward or a shared link: the form follows the URL.
  useEffect(() => {
    setDraft(submitted);
    setFitKey(`url:${spKey}`);
  }, [submitted, spKey]);

  const bins = useBins(submitted);
  const data = bins.data;
  useEffect(() => {
    setActiveMix(0);
    setSelectedKey(null);
  }, [data]);

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
      const qs = toSearchParams(next).toString();
      if (qs === spKey) {
        void bins.refetch();
        return;
      }
      router.push(`${pathname}?${qs}`, { scroll: false });
    },
    [pathname, router, spKey, bins],
  );

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
    if ("radius" in p || ("lat" in p && p.place !== "Dropped pin")) setFitKey(`draft:${Date.now()}`);
  }, []);

  const onMapPlace = useCallback((p: { lat: number; lon: number }) => {
    setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon, place: "Dropped pin" }));
    // Name the pin after the town it is in or next to, if there is one.
    void placeLabelAt(p.lat, p.lon).then((name) => {
      if (!name) return;
      setDraft((d) => (d.lat === p.lat && d.lon === p.lon && d.place === "Dropped pin" ? { ...d, place: name } : d));
    });
  }, []);

  const pins = useMemo<ConcertPin[]>(() => {
    if (!data) return [];
    return data.user_bins.flatMap((mix, i) =>
      mix.mix_concerts.map((c) => {
        const when = wallClock(c.date);
        const who = c.artists.map((a) => a.name).join(", ") || c.lineup[0] || "Concert";
        return {
          key: concertKey(i, c),
          mixIndex: i,
          color: mixColor(i),
          latitude: c.venue.latitude,
          longitude: c.venue.longitude,
          label: `${who} at ${c.venue.name}${when ? `, ${when.date}` : ""} (${mix.mix_name})`,
        };
      }),
    );
  }, [data]);

  const selectPin = useCallback((pin: ConcertPin) => {
    setActiveMix(pin.mixIndex);
    setSelectedKey(pin.key);
    // After the tab renders, bring the concert into view and move focus to it.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const el = document.getElementById(pin.key);
        el?.scrollIntoView({ behavior: "smooth", block: "center" });
        el?.focus({ preventScroll: true });
      }),
    );
  }, []);

  const notes = useMemo(() => (data ? answerNotes(data.warnings, data.sources, sourceLabels) : null), [data, sourceLabels]);
  const center = hasPlace(draft) ? { lat: draft.lat, lon: draft.lon } : null;
  const totalConcerts = data?.user_bins.reduce((n, b) => n + b.mix_concerts.length, 0) ?? 0;
  const days = (() => {
    try {
      return daysInRange({ begin: submitted.from, end: submitted.to });
    } catch {
      return 0;
    }
  })();
  const widen =
    submitted.radius < 250 ? () => commit({ ...submitted, radius: submitted.radius < 100 ? 100 : 250 }) : null;
  const r90 = presetRange("90");
  const longer = days < 90 ? () => commit({ ...submitted, from: r90.begin, to: r90.end }) : null;
  const emptyHint = "Try a wider radius or longer dates.";

  return (
    <SourceLabelsProvider value={sourceLabels}>
      <div>
        <div className={styles.top}>
          <aside className="panel">
            <h1 className={styles.title}>Find concerts</h1>
            <SearchPanel
              draft={draft}
              onChange={patch}
              onSubmit={submit}
              problems={problems}
              showProblems={tried}
              busy={bins.isFetching}
            />
          </aside>
          <div className={styles.map}>
            <MapLoader
              center={center}
              radiusKm={draft.radius}
              fitKey={fitKey}
              onPlaceChange={onMapPlace}
              pins={pins}
              activeMix={activeMix}
              selectedKey={selectedKey}
              onPinSelect={selectPin}
            />
          </div>
        </div>

        <div className={styles.results}>
          {expired ? (
            <SessionExpiredNotice message={unauthorized ? bins.error?.message : undefined} />
          ) : bins.isFetching && !data ? (
            <ProgressPanel progress={bins.progress} />
          ) : bins.isError ? (
            <ResultsError error={bins.error} onRetry={() => void bins.refetch()} />
          ) : data ? (
            <>
              {bins.isFetching ? <ProgressPanel progress={bins.progress} /> : null}
              {totalConcerts > 0 ? (
              <div className={styles.summary} role="status">
                <p>
                  <strong>
                    {data.user_bins.length} {data.user_bins.length === 1 ? "mix" : "mixes"}
                  </strong>
                  , {totalConcerts} {totalConcerts === 1 ? "concert" : "concerts"} within {submitted.radius} km of{" "}
                  {submitted.place || "your pin"}.
                </p>
                {data.taste ? <p className="muted">{tasteReach(data.taste)}</p> : null}
              </div>
              ) : null}
              <WarningsList problems={notes?.problems ?? []} />
              {totalConcerts === 0 ? (
                <EmptyResults
                  radius={submitted.radius}
                  days={days}
                  onWiden={widen}
                  onLonger={longer}
                  noMixes={data.user_bins.length === 0 && bins.progress.mixesFormed === 0}
                  partial={data.warnings.some((w) => w.code === "events_unavailable")}
                />
              ) : null}
              {notes ? <BuiltFrom builtFrom={notes.builtFrom} notes={notes.notes} /> : null}
              {data.user_bins.length ? (
                <MixTabs
                  mixes={data.user_bins}
                  active={Math.min(activeMix, data.user_bins.length - 1)}
                  onActivate={(i) => {
                    setActiveMix(i);
                    setSelectedKey(null);
                  }}
                  selectedKey={selectedKey}
                  onSelect={(key) => setSelectedKey((k) => (k === key ? null : key))}
                  onPreview={setPreview}
                  emptyHint={emptyHint}
                />
              ) : null}
            </>
          ) : !bins.runnable ? (
            <section className={`panel ${styles.intro}`}>
              <h2 className="subhead">Where and when?</h2>
              <p>
                Pick a city (or click the map), choose how far you&apos;d travel and your dates, then press{" "}
                <strong>Find concerts</strong>. We&apos;ll sort your taste into mixes and show each mix&apos;s shows.
              </p>
            </section>
          ) : null}
        </div>

        {preview ? (
          <ArtistPreviewDialog artist={preview} embedBaseUrl={embedBaseUrl} onClose={() => setPreview(null)} />
        ) : null}
      </div>
    </SourceLabelsProvider>
  );
}

/** How far the search reached, in a fan's words: "We looked at 112 of your artists, 25 similar ones and 40 performers nearby." */
function tasteReach(t: NonNullable<GetBinsResponse["taste"]>): string {
  const parts = [`${t.my_artists} of your artists`, `${t.similar_artists} similar ones`];
  if (t.discoveries) parts.push(`${t.discoveries.described} performers nearby (${t.discoveries.placed} of them sound like your mixes)`);
  return `We looked at ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}.`;
}
