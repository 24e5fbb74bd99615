// Who headlines and who supports, from the lineup's order (the source lists the headliner first).
import { isSameArtist } from "@/lib/text/artist-names";
import { joinNames } from "@/lib/text/join-names";
import type { MixConcertOut } from "@/lib/validations/responses";

export interface Billing {
  /** The listener's artists on the bill (or the headliner when none is named). */
  headline: string;
  /** "with X, Y and 2 more" when they headline, "supporting X" when they open for someone. */
  line: string | null;
}

/** At most this many acts are named in a line; the rest are counted. */
const NAMED = 3;
/** A bill this long is a festival's: it is "at" its title rather than "supporting" its first act. */
const FESTIVAL_BILL = 6;

function others(names: string[]): string {
  if (names.length <= NAMED) return joinNames(names);
  const rest = names.length - NAMED;
  return `${names.slice(0, NAMED).join(", ")} and ${rest} more`;
}

/** "A + B + C + 2 more". */
const together = (names: string[]) => (names.length <= NAMED ? names.join(" + ") : `${names.slice(0, NAMED).join(" + ")} + ${names.length - NAMED} more`);

export function billing(c: Pick<MixConcertOut, "artists" | "lineup" | "title">): Billing {
  const ours = c.artists.map((a) => a.name);
  if (ours.length && c.title && c.lineup.length >= FESTIVAL_BILL) return { headline: together(ours), line: `at ${c.title}` };
  const [headliner, ...support] = c.lineup;
  if (!headliner) return { headline: ours.join(" + ") || c.title || "Concert", line: null };
  if (!ours.length) return { headline: headliner, line: support.length ? `with ${others(support)}` : null };
  const onBill = (name: string) => ours.some((o) => isSameArtist(o, name));
  if (onBill(headliner) || !c.lineup.some(onBill)) {
    const rest = c.lineup.filter((n) => !onBill(n));
    return { headline: together(ours), line: rest.length ? `with ${others(rest)}` : null };
  }
  return { headline: together(ours), line: `supporting ${headliner}` };
}
