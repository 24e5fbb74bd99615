import type { BinReason } from "@/lib/validations/responses";
import { Badge } from "./badge";

/** "In your top artists" or "Similar to X". */
export function ArtistBadge({ reason }: { reason: Pick<BinReason, "band_flag" | "related_to"> }) {
  if (reason.band_flag === "top") return <Badge tone="top">In your top artists</Badge>;
  const names = reason.related_to.map((r) => r.name);
  const text = names.length ? `Similar to ${names.slice(0, 2).join(" & ")}${names.length > 2 ? " +" + (names.length - 2) : ""}` : "Similar artist";
  return <Badge tone="similar">{text}</Badge>;
}
