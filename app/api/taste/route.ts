import { admit } from "@/lib/api/client-limits";
import { forClient } from "@/lib/api/for-client";
import { handle, json, notAllowed, parseJsonBody } from "@/lib/api/handle";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";
import { tasteSummary } from "@/lib/api/taste-summary";
import { spotifyAppToken } from "@/lib/auth/spotify-app-token";
import { forgetTaste, readTaste, toTasteChoice, writeTaste } from "@/lib/auth/taste-cookie";
import { previewTaste } from "@/lib/pipeline/listener-taste";
import { gigscovery } from "@/lib/server/gigscovery";
import { tasteChoice } from "@/lib/validations/taste-request";

// The listener's taste without a Spotify session: a Last.fm or ListenBrainz username, or the Spotify
// artists they listed. Kept in their encrypted cookie only; the listener endpoints read it from there.

export const PUT = notAllowed("GET, POST, DELETE");
export { PUT as PATCH };

/** The taste the listener's cookie holds, if any. */
export function GET(req: Request) {
  return handle(async () => {
    const choice = await readTaste(req);
    return json({ taste: choice && tasteSummary(choice) });
  });
}

/** Check the chosen taste once (the profile exists and can be read, the listed artists are Spotify's), then keep it. */
export function POST(req: Request) {
  return handle(async () => {
    const input = await parseJsonBody(req, tasteChoice);
    const choice = toTasteChoice(input);
    await admit("searchesPerAddress", req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    const { names } = await forClient(req, async () => previewTaste(gigscovery(), await spotifyAppToken(), choice));
    await writeTaste(input);
    return json({ taste: tasteSummary(choice, names) });
  });
}

/** Forget the taste: the cookie is cleared. */
export function DELETE() {
  return handle(async () => {
    await forgetTaste();
    return json({ taste: null });
  });
}
