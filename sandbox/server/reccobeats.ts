// ReccoBeats stand-in under /reccobeats/v1 (https://api.reccobeats.com/v1): audio features by
// Spotify track id. No key. Unknown ids are left out and the rest come back ordered by ReccoBeats'
// own id, not in request order, so clients must map results back through `href`.
// Errors use Spring Boot's default body.
import { reccobeatsId } from "../catalog/reccobeats-tracks";
import type { CatalogTrack } from "../catalog/types";
import type { SandboxContext } from "./context";
import type { Fault } from "./faults";
import { json, type Reply } from "./http";
import { routesOf, type Route } from "./route";
import { inKeyOrder } from "./spotify-objects";

export const RECCOBEATS_MAX_IDS = 40;

const REASONS: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

export function springError(status: number, message: string, path: string, headers: Record<string, string> = {}): Reply {
  return json(status, { timestamp: new Date().toISOString(), status, error: REASONS[status] ?? "Error", message, path }, headers);
}

export function reccobeatsFaultReply(fault: Fault, path: string): Reply | null {
  if (fault.kind === "rateLimited") return springError(429, "Too many requests", path, { "retry-after": String(fault.retryAfter) });
  if (fault.kind === "error") return springError(fault.status, REASONS[fault.status] ?? "Error", path);
  return null;
}

/** ReccoBeats' own id and the Spotify track's URL, then Spotify's fields less duration_ms and time_signature. */
function featuresObject(t: CatalogTrack, id: string) {
  const { duration_ms: _durationMs, time_signature: _timeSignature, ...features } = t.features;
  return { id, href: `https://open.spotify.com/track/${t.id}`, ...inKeyOrder(features) };
}

/** Matches a path below /reccobeats (e.g. "/v1/audio-features"). */
export function matchReccobeats(ctx: SandboxContext, method: string, sub: string, url: URL): Route {
  const ids = [...new Set((url.searchParams.get("ids") ?? "").split(",").map((s) => s.trim()).filter(Boolean))];
  const mk = routesOf("reccobeats", method);
  if (method === "GET" && sub === "/v1/audio-features")
    return mk("/v1/audio-features", `/v1/audio-features?ids=${[...ids].sort().join(",")}`, sub, () => {
      if (ids.length === 0) return springError(400, "Required request parameter 'ids' for method parameter type List is not present", sub);
      if (ids.length > RECCOBEATS_MAX_IDS) return springError(400, `getAudioFeatures.ids: size must be between 1 and ${RECCOBEATS_MAX_IDS}`, sub);
      const content = ids
        .map((id) => ctx.lookup.tracksById.get(id))
        .flatMap((t) => {
          const rid = t ? reccobeatsId(t) : null;
          return t && rid ? [featuresObject(t, rid)] : [];
        })
        .sort((x, y) => (x.id < y.id ? -1 : 1));
      return json(200, { content });
    });
  return mk(sub, sub, sub, () => springError(404, "No static resource found", sub));
}
