// The taste of a listener without a Spotify session (a Last.fm or ListenBrainz username, or the
// Spotify artists they listed) lives where the Spotify session does: in the listener's own cookie,
// encrypted with a key derived from NEXTAUTH_SECRET. The server keeps nothing; links carry nothing.
import "server-only";
import { cookies } from "next/headers";
import { config } from "@/lib/config";
import type { TasteChoice } from "@/lib/domain/taste";
import { seal, unseal } from "@/lib/security/sealed";
import { tasteChoice, type TasteChoiceIn } from "@/lib/validations/taste-request";
import { SESSION_MAX_AGE_SECONDS } from "./options";
import { parseCookies } from "./session-token";

const NAME = "gigscovery-taste";

function cookieName(): { name: string; secure: boolean } {
  const secure = config().NEXTAUTH_URL.startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}${NAME}`, secure };
}

/** The request's validated choice as the pipeline takes it. */
export function toTasteChoice(input: TasteChoiceIn): TasteChoice {
  return input.source === "your-list" ? { source: "your-list", artistIds: input.artist_ids } : input;
}

/** The taste the listener chose, or null (no cookie, or one we cannot open: expired, altered, from an old secret). */
export function readTaste(req: Request): Promise<TasteChoice | null> {
  return openTaste(parseCookies(req.headers.get("cookie"))[cookieName().name]);
}

/** The same, for pages (server components). */
export async function currentTaste(): Promise<TasteChoice | null> {
  try {
    return await openTaste((await cookies()).get(cookieName().name)?.value);
  } catch {
    return null; // not configured: the page explains that separately
  }
}

async function openTaste(value: string | undefined): Promise<TasteChoice | null> {
  if (!value) return null;
  // Sealed values are URL-safe as they are: anything else (say "%zz") is not ours.
  const opened = await unseal(value, config().NEXTAUTH_SECRET, "taste-cookie");
  if (!("payload" in opened)) return null;
  const parsed = tasteChoice.safeParse(opened.payload.taste);
  return parsed.success ? toTasteChoice(parsed.data) : null;
}

/** Keep the choice in the listener's cookie (as the request names it: the schema reads it back). */
export async function writeTaste(input: TasteChoiceIn): Promise<void> {
  const { name, secure } = cookieName();
  const value = await seal({ taste: input }, config().NEXTAUTH_SECRET, "taste-cookie", SESSION_MAX_AGE_SECONDS);
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function forgetTaste(): Promise<void> {
  const { name, secure } = cookieName();
  (await cookies()).set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
}
