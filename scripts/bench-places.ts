// npx tsx --expose-gc scripts/bench-places.ts: the city search's cost. Builds the gazetteer index
// once (as a server process does when it starts) and times searches as a fan types
// city names letter by letter, and naming pins. A script, not a test: it measures, it asserts nothing.
import { gazetteer } from "../lib/places/gazetteer";
import { nearestPlace } from "../lib/places/nearest";
import { searchPlaces } from "../lib/places/search";

const gc = (globalThis as { gc?: () => void }).gc;
const MB = (n: number) => `${Math.round(n / 1e6)} MB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

gc?.();
const heap0 = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const index = gazetteer();
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
gc?.();
const mem = process.memoryUsage();
console.log(`index: ${index.cities.length} places, ${index.keys.keyStart.length - 1} names, ${index.keys.entries.length} entries`);
console.log(`build: ${Math.round(wall)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU`);
console.log(`memory: heap +${MB(mem.heapUsed - heap0)}${gc ? "" : " (run with --expose-gc for a settled figure)"}, rss ${MB(mem.rss)}`);

const typed = ["München", "Wien", "NYC", "Tokio", "Londn", "Philadelfia", "San Francisco", "Amsterdam", "Rio de Janeiro", "Köln"];
const prefixes = typed.flatMap((name) => Array.from({ length: name.length }, (_, i) => name.slice(0, i + 1)));
const REPS = 5;
for (let r = 0; r < 2; r++) for (const q of prefixes) searchPlaces(index, q, 8); // warm up
const times = new Map<number, number[]>(); // letters typed → times
for (let r = 0; r < REPS; r++) {
  for (const q of prefixes) {
    const t = performance.now();
    searchPlaces(index, q, 8);
    const spent = performance.now() - t;
    const n = Math.min(q.length, 9);
    times.set(n, [...(times.get(n) ?? []), spent]);
  }
}
console.log(`\nsearch, ${typed.length} names typed letter by letter, ${REPS} times:`);
console.log("letters  median     p95        max");
for (const [n, xs] of [...times].sort((a, b) => a[0] - b[0])) {
  console.log(`${n === 9 ? "9+" : String(n).padEnd(2)}       ${ms(percentile(xs, 50)).padEnd(10)} ${ms(percentile(xs, 95)).padEnd(10)} ${ms(Math.max(...xs))}`);
}

const pins: [number, number][] = [[52.37, 4.85], [48.86, 2.35], [52.98, 12.25], [40.65, -73.95], [-40, -130], [44, -100]];
const pinTimes: number[] = [];
for (let r = 0; r < REPS; r++) {
  for (const [lat, lon] of pins) {
    const t = performance.now();
    nearestPlace(index, lat, lon);
    pinTimes.push(performance.now() - t);
  }
}
console.log(`\nnaming a pin: median ${ms(percentile(pinTimes, 50))}, max ${ms(Math.max(...pinTimes))}`);
