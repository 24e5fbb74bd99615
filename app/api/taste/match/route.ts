import { admit } from "@/lib/api/client-limits";
import { forClient } from "@/lib/api/for-client";
import { handle, json, notAllowed, parseJsonBody } from "@/lib/api/handle";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";
import { spotifyAppToken } from "@/lib/auth/spotify-app-token";
import { matchListedNames } from "@/lib/pipeline/listed-artists";
import { gigscovery } from "@/lib/server/gigscovery";
import { tasteMatchRequest } from "@/lib/validations/taste-request";
import type { TasteMatchResponse } from "@/lib/validations/taste-response";

export const GET = notAllowed("POST");
export { GET as PUT, GET as PATCH, GET as DELETE };

/** The Spotify artists of each name the listener typed, for them to confirm or drop (nothing is kept). */
export function POST(req: Request) {
  return handle(async () => {
    const { names } = await parseJsonBody(req, tasteMatchRequest);
    await admit("searchesPerAddress", req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    const matches = await forClient(req, async () => matchListedNames(gigscovery(), await spotifyAppToken(), names));
    const answer: TasteMatchResponse = {
      matches: matches.map(({ name, artists }) => ({ name, artists: artists.map((a) => ({ id: a.id, name: a.name, genres: a.genres, photo: a.imageUrl })) })),
    };
    return json(answer);
  });
}
