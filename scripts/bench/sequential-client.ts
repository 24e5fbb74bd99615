// The original implementation's way, for comparison: the same upstream calls as our pipeline,
// made one at a time (one gate of concurrency 1 shared by Spotify and Bandsintown).
import { MemoryCache } from "../../lib/cache/memory-cache";
import { SharedLoader } from "../../lib/http/shared-load";
import { UpstreamClient } from "../../lib/http/upstream-client";
import { createPipeline, type Pipeline } from "../../lib/pipeline/pipeline";
import { BandsintownSource } from "../../lib/sources/bandsintown/bandsintown-source";
import { SpotifySource } from "../../lib/sources/spotify/spotify-source";

export function sequentialPipeline(sandboxUrl: string): Pipeline {
  const oneAtATime = new UpstreamClient({
    name: "sequential",
    label: "one at a time",
    concurrency: 1,
    rateLimit: 1_000_000,
    windowMs: 1000,
    timeoutMs: 30_000,
    retries: 0,
  });
  const shared = new SharedLoader(new MemoryCache(100_000));
  const spotify = new SpotifySource(`${sandboxUrl}/spotify/v1`, oneAtATime, shared);
  const concerts = new BandsintownSource(`${sandboxUrl}/bandsintown`, "gigscovery-demo", oneAtATime, shared);
  return createPipeline(
    {
      taste: spotify,
      profiles: [],
      artistSearch: spotify,
      similarArtists: [spotify],
      artistTracks: [spotify],
      trackFeatures: [spotify],
      artistConcerts: [concerts],
      concertLookup: [],
      areaConcerts: [],
    },
    shared,
  );
}
