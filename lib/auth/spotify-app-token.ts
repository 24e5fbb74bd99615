// The app's own Spotify token (client-credentials grant): tied to no listener, so a development-mode
// app's five-listener cap does not apply. It serves catalogue calls only (search, an artist, related
// artists, tracks, features) for listeners whose taste comes from elsewhere, and calendar feeds.
// A server credential like the client secret: kept in this process's memory until shortly before it
// expires, never in the public cache or a log.
import "server-only";
import { z } from "zod";
import { config } from "@/lib/config";
import { UpstreamFailure } from "@/lib/domain/errors";
import { InFlight } from "@/lib/http/in-flight";
import { accountsClient } from "./spotify-token";

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() });

/** A new token is fetched this long before the current one expires. */
const RENEW_MARGIN_MS = 60_000;

let current: { token: string; expiresAt: number } | undefined;
const inFlight = new InFlight<string>();

export async function spotifyAppToken(): Promise<string> {
  if (current && Date.now() < current.expiresAt - RENEW_MARGIN_MS) return current.token;
  return inFlight.run("app-token", async () => {
    const c = config();
    const basic = Buffer.from(`${c.SPOTIFY_CLIENT_ID}:${c.SPOTIFY_CLIENT_SECRET}`).toString("base64");
    const res = await accountsClient().request(`${c.SPOTIFY_ACCOUNTS_URL}/api/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${basic}` },
      form: { grant_type: "client_credentials" },
    });
    const answer = res.status >= 200 && res.status < 300 ? tokenAnswer.safeParse(res.body).data : undefined;
    if (!answer) throw new UpstreamFailure(accountsClient().upstream, "server_error", `Spotify accounts refused our app's own token (${res.status})`, res.status);
    current = { token: answer.access_token, expiresAt: Date.now() + (answer.expires_in ?? 3600) * 1000 };
    return current.token;
  });
}
