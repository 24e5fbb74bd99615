// The attacker of scripts/bench/flood.ts, in a process of its own (as a real one would be, so its
// work does not slow the sandbox that stands in for the upstreams): `count` requests to `url` over
// `seconds`, each with the same made-up token, from `addresses` addresses. Prints the statuses as JSON.
import { setTimeout as sleep } from "node:timers/promises";

const [url, count, seconds, addresses] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5])];
const TICK_MS = 50;

async function main() {
  const statuses: Promise<number>[] = [];
  const perTick = Math.ceil((count * TICK_MS) / (seconds * 1000));
  const fake = (i: number) =>
    fetch(url, { headers: { Authorization: "Bearer made-up-token", "X-Forwarded-For": `10.1.${Math.floor(i / 250)}.${i % addresses}` } }).then(
      (r) => r.status,
      () => 0,
    );
  console.log("flooding");
  const start = performance.now();
  while (statuses.length < count) {
    for (let k = 0; k < perTick && statuses.length < count; k++) statuses.push(fake(statuses.length));
    await sleep(TICK_MS);
  }
  const answered = await Promise.all(statuses);
  const byStatus: Record<string, number> = {};
  for (const s of answered) byStatus[s] = (byStatus[s] ?? 0) + 1;
  console.log(JSON.stringify({ byStatus, seconds: (performance.now() - start) / 1000 }));
}

void main();
