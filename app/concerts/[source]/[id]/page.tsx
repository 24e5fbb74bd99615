import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ConcertDetails } from "@/components/concert-page/concert-details";
import { ConfigProblem } from "@/components/layout/config-problem";
import { wallClock } from "@/components/mixes/concert-date";
import { shapeShow } from "@/lib/api/shape-responses";
import { publicSettings } from "@/lib/auth/server-settings";
import { findConcert } from "@/lib/pipeline/concert-lookup";
import { gigscovery } from "@/lib/server/gigscovery";
import { concertRefInput } from "@/lib/validations/concert-ref";

// A concert's own page, at a stable address (its source and id; Bandsintown's also names the artist).
// Public data only: it works signed out, and nothing about whoever opens it is in it.

interface Props {
  params: Promise<{ source: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The concert (looked up once per request, for the page and its metadata), or null for any address that names none. */
const concertAt = cache(async (source: string, id: string, artist: string | undefined) => {
  const ref = concertRefInput.safeParse({ source, id, artist });
  if (!ref.success) return null;
  const concert = await findConcert(gigscovery(), ref.data);
  return concert ? shapeShow(concert) : null;
});

async function load({ params, searchParams }: Props) {
  const [{ source, id }, sp] = await Promise.all([params, searchParams]);
  return concertAt(source, id, typeof sp.artist === "string" ? sp.artist : undefined);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  if (!publicSettings().ok) return {};
  const c = await load(props);
  if (!c) return { title: "Concert not found" };
  const who = c.lineup[0] ?? c.title ?? "Concert";
  const when = wallClock(c.date)?.date ?? c.date.slice(0, 10);
  const title = `${who} at ${c.venue.name}, ${when}`;
  const description = [c.lineup.length > 1 ? `With ${c.lineup.slice(1, 4).join(", ")}.` : null, `${c.venue.name}, ${c.venue.city}.`].filter(Boolean).join(" ");
  const images = ["/og-image.png"];
  return { title, description, openGraph: { title, description, type: "website", images }, twitter: { card: "summary_large_image", title, description, images } };
}

export default async function ConcertPage(props: Props) {
  const s = publicSettings();
  if (!s.ok) return <ConfigProblem problems={s.problems} />;
  const concert = await load(props);
  if (!concert) notFound();
  return <ConcertDetails concert={concert} sourceLabel={s.settings.sourceLabels[concert.source] ?? concert.source} />;
}
