// npm run reach: what a fan sees on the demo (see scripts/reach/measure-reach.ts), printed as a table.
import { startSandbox } from "../sandbox/server/index";
import { measureReach, summarize } from "./reach/measure-reach";

async function main() {
  // Deezer's quota (50 requests per 5 s) off: these are counts, and 56 cold searches would wait a minute for it.
  const sandbox = await startSandbox({ port: 0, knobs: { spotifyDevelopmentMode: true, bandsintownEnabled: false, deezerQuota: 0 } });
  try {
    const rows = await measureReach(sandbox);
    console.table(rows.map((r) => ({ listener: r.listener, city: r.city, concerts: r.concerts, mixes: r.mixesWithConcerts, own: `${r.ownFound - 0}/${r.ownFound + r.ownMissed}`, discoveries: `${r.discoveries.fitting}/${r.discoveries.placed} fit`, traps: r.tributeOrCancelled })));
    console.log(summarize(rows));
  } finally {
    await sandbox.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
