// The Content-Security-Policy of every HTML page (the app's pages and /docs), built per request
// around a nonce: Next.js puts it on its own scripts and styles (it reads it from the policy), and
// /docs on Swagger UI's. Scripts run only with the nonce, or when loaded by a script that has it.
import "server-only";
import { config } from "@/lib/config";

export interface PolicySettings {
  /** Where the artist preview player is framed from (SPOTIFY_EMBED_URL). */
  embedOrigin: string;
  /** Upstreams served over plain http (a local sandbox): their images are shown too. */
  httpOrigins: string[];
  /** The app is served over https (NEXTAUTH_URL): browsers are told to keep to it. */
  https: boolean;
}

const SPOTIFY_EMBED_ORIGIN = "https://open.spotify.com";

/** The settings the policy depends on; Spotify's defaults while the server is not configured (the page says so). */
export function policySettings(): PolicySettings {
  let c: ReturnType<typeof config>;
  try {
    c = config();
  } catch {
    return { embedOrigin: SPOTIFY_EMBED_ORIGIN, httpOrigins: [], https: false };
  }
  const upstreams = [c.SPOTIFY_API_URL, c.SPOTIFY_EMBED_URL, c.BANDSINTOWN_URL, c.TICKETMASTER_URL, c.LASTFM_URL, c.DEEZER_URL, c.RECCOBEATS_URL];
  const httpOrigins = [...new Set(upstreams.map((u) => new URL(u)).filter((u) => u.protocol === "http:").map((u) => u.origin))];
  return { embedOrigin: new URL(c.SPOTIFY_EMBED_URL).origin, httpOrigins, https: c.NEXTAUTH_URL.startsWith("https://") };
}

export function pagePolicy(nonce: string, s: PolicySettings, dev = false): string {
  return [
    "default-src 'self'",
    // 'self' only for browsers without 'strict-dynamic' (CSP 2); React needs eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // style="" attributes: React renders them on the server, Leaflet's markers carry their colour in one.
    "style-src-attr 'unsafe-inline'",
    // Artist photos and map tiles come from many CDNs, all over https.
    ["img-src 'self' data: blob: https:", ...s.httpOrigins].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${s.embedOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export const HSTS = "max-age=31536000";
