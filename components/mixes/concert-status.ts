import type { ConcertStatus } from "@/lib/domain/types";

/** What a fan must know before buying, as a badge; nothing for a show on sale as planned. */
export function statusLabel(status: ConcertStatus | undefined): string | null {
  switch (status) {
    case "sold_out":
      return "Sold out";
    case "cancelled":
      return "Cancelled";
    case "postponed":
      return "Postponed";
    case "rescheduled":
      return "Rescheduled";
    default:
      return null;
  }
}
