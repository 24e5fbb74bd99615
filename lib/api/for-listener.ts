import "server-only";
import { NotSignedInError } from "@/lib/domain/errors";
import type { Deadline } from "@/lib/pipeline/deadline";
import { admit } from "./client-limits";
import { forClient } from "./for-client";
import { listenerOf, type Listener } from "./listener-token";
import { refuseIfRejected, rememberRejected, tokenKey } from "./rejected-tokens";

export interface ListenerCall extends Listener {
  /** The answer is due then: the pipeline sends what it found, and says what is missing. */
  deadline: Deadline;
}

/**
 * What every listener route does before the pipeline: the client's limits, the token (one Spotify
 * rejected lately answers 401 at once), then `run` on the client's behalf until the deadline: its
 * upstream work nobody else shares stops when the client leaves or the deadline passes.
 */
export async function forListener<T>(req: Request, queryToken: string | undefined, run: (call: ListenerCall) => Promise<T>): Promise<T> {
  // The address's limit and a token rejected lately were checked at the door (lib/server/door.ts).
  const { spotifyToken, taste } = await listenerOf(req, queryToken);
  // Listeners without Spotify share the app's token: each is known by their taste instead (a keyed hash, as a token is).
  const key = tokenKey(taste ? JSON.stringify(taste) : spotifyToken);
  await refuseIfRejected(key);
  await admit("searchesPerListener", key);
  try {
    return await forClient(req, (deadline) => run({ spotifyToken, taste, deadline }));
  } catch (error) {
    // Spotify rejecting the app's own token says nothing about a listener.
    if (error instanceof NotSignedInError && !taste) await rememberRejected(key);
    throw error;
  }
}
