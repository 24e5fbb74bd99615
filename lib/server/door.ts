import "server-only";
import type { IncomingMessage } from "node:http";
import { NotSignedInError, TooManyRequestsError } from "@/lib/domain/errors";
import { admit, type ClientLimit } from "@/lib/api/client-limits";
import { refuseIfRejected, tokenKey } from "@/lib/api/rejected-tokens";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

// What can be refused before Next.js takes a request, where refusing costs a tenth as much: a
// client over its per-address limit (429), a token Spotify rejected a moment ago (401). A flood of
// either then barely slows the listeners beside it. The routes check the rest (lib/api/for-listener.ts).

/** The listener routes (with or without /api, as the original API served them) and the place look-up. */
const SEARCHES = new Set(["/get_bins", "/get_bins/stream", "/artists/get_user_artists", "/tracks/features"]);
const PLACES = "/places";

export interface DoorRefusal {
  status: 401 | 429;
  headers: Record<string, string>;
  error: string;
  code: "not_signed_in" | "too_many_requests";
}

/** null: not a request the door looks at; else why it is refused (null: let it in). */
export function atTheDoor(req: IncomingMessage): Promise<DoorRefusal | null> | null {
  if (req.method !== "GET" || !req.url) return null;
  const url = new URL(req.url, "http://door");
  const path = url.pathname.replace(/\/+$/, "").replace(/^\/api(?=\/)/, "");
  const limit: ClientLimit | null = SEARCHES.has(path) ? "searchesPerAddress" : path === PLACES ? "placesPerAddress" : null;
  if (!limit) return null;
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? url.searchParams.get("token")?.trim();
  return check(limit, String(req.headers[CLIENT_ADDRESS_HEADER]), limit === "searchesPerAddress" ? token : undefined);
}

async function check(limit: ClientLimit, address: string, token: string | undefined): Promise<DoorRefusal | null> {
  try {
    await admit(limit, address);
    if (token) await refuseIfRejected(tokenKey(token));
    return null;
  } catch (error) {
    if (error instanceof TooManyRequestsError) {
      return { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) }, error: error.message, code: "too_many_requests" };
    }
    if (error instanceof NotSignedInError) return { status: 401, headers: {}, error: error.message, code: "not_signed_in" };
    throw error;
  }
}
