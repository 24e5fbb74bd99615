// Calendar apps fetch feeds on their own schedule, many at once after a restart: feeds share one
// budget of renders per rolling minute, so they never crowd out listeners' searches or the
// upstreams' limits. Beyond it, a 429 with Retry-After (calendar apps try again later).
import "server-only";

const WINDOW_MS = 60_000;
/** Renders per rolling minute, for all feeds together (each costs about one search's concert look-ups). */
export const FEED_RENDERS_PER_MINUTE = 60;

const starts: number[] = [];

/** Count one render; when the budget is spent, the seconds to wait instead. */
export function takeFeedRender(now = Date.now()): number | null {
  while (starts.length > 0 && starts[0]! <= now - WINDOW_MS) starts.shift();
  if (starts.length >= FEED_RENDERS_PER_MINUTE) return Math.max(1, Math.ceil((starts[0]! + WINDOW_MS - now) / 1000));
  starts.push(now);
  return null;
}
