import { describe, expect, it } from "vitest";
import { callingFor, currentCall } from "./call-context";
import { InFlight } from "./in-flight";

// Joined work belongs to everyone waiting for it: one listener leaving never fails another's answer.

/** Work that reports the signal it ran under, and settles when told. */
function work() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let seen: AbortSignal | undefined;
  const start = async () => {
    seen = currentCall()?.signal;
    await done;
    return "answer";
  };
  return { start, finish, signal: () => seen };
}

const as = <T>(signal: AbortSignal, run: () => T) => callingFor({ client: "someone", signal }, run);

describe("InFlight shared work", () => {
  it("keeps running while one of the requests waiting for it is still there", async () => {
    const shared = new InFlight<string>();
    const w = work();
    const first = new AbortController();
    const second = new AbortController();
    const a = as(first.signal, () => shared.run("key", w.start));
    const b = as(second.signal, () => shared.run("key", w.start));
    first.abort();
    expect(w.signal()?.aborted).toBe(false);
    w.finish();
    expect(await Promise.all([a, b])).toEqual(["answer", "answer"]);
  });

  it("is cancelled once every request waiting for it has ended, and a later request starts it afresh", async () => {
    const shared = new InFlight<string>();
    const w = work();
    const first = new AbortController();
    const second = new AbortController();
    void as(first.signal, () => shared.run("key", w.start));
    void as(second.signal, () => shared.run("key", w.start));
    first.abort();
    second.abort();
    expect(w.signal()?.aborted).toBe(true);
    const again = work();
    const later = as(new AbortController().signal, () => shared.run("key", again.start));
    again.finish();
    expect(await later).toBe("answer");
    expect(again.signal()?.aborted).toBe(false);
  });

  it("is never cancelled when a script (no request) waits for it", async () => {
    const shared = new InFlight<string>();
    const w = work();
    const request = new AbortController();
    void as(request.signal, () => shared.run("key", w.start));
    const script = shared.run("key", w.start);
    request.abort();
    expect(w.signal()?.aborted).toBe(false);
    w.finish();
    expect(await script).toBe("answer");
  });
});
