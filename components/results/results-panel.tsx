"use client";

import type { Ref } from "react";
import type { BinOut, GetBinsResponse } from "@/lib/validations/responses";
import type { AnswerNotes } from "@/components/mixes/answer-notes";
import type { ArtistRef } from "@/components/mixes/artist-ref";
import type { Progress } from "@/components/mixes/bins-stream";
import { feedArtists } from "@/components/calendar/feed-artists";
import { SubscribeButton, type FeedPlace } from "@/components/calendar/subscribe-button";
import { BuiltFrom } from "@/components/mixes/built-from";
import { EmptyResults, type Widening } from "@/components/mixes/empty-results";
import { mixColor } from "@/components/mixes/mix-colors";
import { ProgressPanel } from "@/components/mixes/progress-panel";
import { ResultsError } from "@/components/mixes/results-error";
import { WarningsList } from "@/components/mixes/warnings-list";
import { inMix, type ListedConcert } from "./concerts";
import { ConcertList } from "./concert-list";
import { MixFilter } from "./mix-filter";
import { MixView } from "./mix-view";
import styles from "./results-panel.module.css";
import type { StaleChange } from "./stale";
import { StaleNotice } from "./stale-notice";
import { ViewToggle, type ResultsView } from "./view-toggle";

export interface ResultsState {
  data: GetBinsResponse | undefined;
  fetching: boolean;
  error: unknown;
  progress: Progress;
}

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  results: ResultsState;
  onRetry: () => void;
  /** "Amsterdam, Netherlands", or "your pin". */
  placeName: string;
  /** Where a calendar feed of these results looks; null when this server offers no feeds. */
  feedPlace: FeedPlace | null;
  radius: number;
  days: number;
  /** Every show once, by date (found so far, or the answer's). */
  list: ListedConcert[];
  counts: Map<number, number>;
  mix: number | null;
  onMix: (mix: number | null) => void;
  notes: AnswerNotes | null;
  stale: { changes: StaleChange[]; shownFor: string; onUpdate: () => void };
  widen: Widening[];
  view: ResultsView;
  onView: (v: ResultsView) => void;
  similarTo: Map<string, string[]>;
  selectedKey: string | null;
  onShowOnMap: (c: ListedConcert) => void;
  onPreview: (a: ArtistRef) => void;
}

/** The results: a heading that takes focus after Find, what was found in a live region, the concerts by date with the mixes as filters. */
export function ResultsPanel(p: Props) {
  const { data, fetching, error, progress } = p.results;
  const mixes = data?.user_bins ?? [];
  const chosen = data && p.mix !== null ? mixes.find((m) => m.id === p.mix) : undefined;
  const shown = inMix(p.list, chosen ? chosen.id : null);
  const total = p.list.length;
  const problems = p.notes?.problems ?? [];
  const empty = !!data && total === 0;

  return (
    <section className={styles.results} aria-labelledby="results-title" data-view={p.view}>
      <h2 id="results-title" ref={p.headingRef} tabIndex={-1} className={styles.title}>
        Concerts near {p.placeName}
      </h2>
      <div className={styles.summary} role="status" data-part="summary">
        <p>{summary(data, fetching, error, total, mixes, p)}</p>
        {data?.taste ? <p className="muted">{tasteReach(data.taste)}</p> : null}
        {p.feedPlace && total > 0 ? (
          <SubscribeButton
            artistIds={feedArtists(...mixes)}
            name={`Gigscovery near ${p.placeName}`}
            place={p.feedPlace}
            ariaLabel="Subscribe to all concerts: a calendar that stays current"
          >
            Subscribe to all concerts
          </SubscribeButton>
        ) : null}
      </div>
      {p.stale.changes.length && (data || fetching) ? <StaleNotice {...p.stale} /> : null}
      {error ? <ResultsError error={error} onRetry={p.onRetry} /> : null}
      {fetching ? <ProgressPanel progress={progress} /> : null}
      <WarningsList problems={problems} />
      {empty ? (
        <EmptyResults
          radius={p.radius}
          days={p.days}
          widen={p.widen}
          noMixes={mixes.length === 0 && progress.mixesFormed === 0}
          partial={data.warnings.some((w) => w.code === "events_unavailable")}
        />
      ) : null}
      {total > 0 ? (
        <div className={styles.body} data-stale={p.stale.changes.length > 0 || undefined}>
          <ViewToggle view={p.view} onChange={p.onView} />
          {mixes.length ? <MixFilter mixes={mixes} counts={p.counts} total={total} value={chosen ? chosen.id : null} onChange={p.onMix} /> : null}
          {chosen ? <MixView mix={chosen} color={mixColor(mixes.indexOf(chosen))} concerts={shown} onPreview={p.onPreview} feedPlace={p.feedPlace} /> : null}
          <ConcertList
            key={chosen ? chosen.id : "all"}
            concerts={shown}
            mixes={mixes}
            similarTo={p.similarTo}
            selectedKey={p.selectedKey}
            onShowOnMap={p.onShowOnMap}
            onPreview={p.onPreview}
          />
        </div>
      ) : null}
      {p.notes ? <BuiltFrom builtFrom={p.notes.builtFrom} notes={p.notes.notes} /> : null}
    </section>
  );
}

function summary(data: GetBinsResponse | undefined, fetching: boolean, error: unknown, total: number, mixes: BinOut[], p: Props): string {
  const where = `within ${p.radius} km of ${p.placeName}`;
  if (error && !data) return "The search did not finish.";
  if (!data) return fetching ? `Looking for concerts ${where}…` : "";
  if (total === 0) return `No concerts found ${where} in the ${p.days} ${p.days === 1 ? "day" : "days"} you picked.`;
  return `${mixes.length} ${mixes.length === 1 ? "mix" : "mixes"}, ${total} ${total === 1 ? "concert" : "concerts"} ${where}.`;
}

/** How far the search reached, in a fan's words: "We looked at 112 of your artists, 25 similar ones and 40 performers nearby." */
function tasteReach(t: NonNullable<GetBinsResponse["taste"]>): string {
  const parts = [`${t.my_artists} of your artists`, `${t.similar_artists} similar ones`];
  if (t.discoveries) parts.push(`${t.discoveries.described} performers nearby (${t.discoveries.placed} of them sound like your mixes)`);
  return `We looked at ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}.`;
}
