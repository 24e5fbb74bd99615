import { beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_URL, requireStack, url } from "../helpers/app-client";

// Every answer says how browsers may use it: pages run only their own scripts (a fresh nonce per
// answer) and cannot be framed; API answers are data, never rendered or framed.

beforeAll(requireStack);

/** A Content-Security-Policy header as directive → its values. */
function directives(policy: string | null): Map<string, string[]> {
  expect(policy, "Content-Security-Policy").toBeTruthy();
  return new Map(policy!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

function expectEveryAnswerHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("permissions-policy")).toMatch(/(^|, )geolocation=\(self\)(,|$)/);
  expect(res.headers.get("strict-transport-security"), "no HSTS over plain http").toBeNull();
}

describe("pages", () => {
  for (const path of ["/", "/discover", "/docs", "/no-such-page"]) {
    it(`${path}: a nonce-based policy that forbids framing, plugins and <base>, and the usual headers`, async () => {
      const res = await fetch(url(path));
      expectEveryAnswerHeaders(res);
      const csp = directives(res.headers.get("content-security-policy"));
      const nonce = csp.get("script-src")?.find((v) => v.startsWith("'nonce-"));
      expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
      expect(csp.get("script-src")).toContain("'strict-dynamic'");
      expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
      expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
      expect(csp.get("style-src")).toEqual(["'self'", nonce]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'none'"]);
      expect(csp.get("connect-src")).toEqual(["'self'"]);
      expect(csp.get("frame-src")).toEqual([new URL(SANDBOX_URL).origin]); // the preview player (SPOTIFY_EMBED_URL)
      // Every script and stylesheet of the page carries the nonce.
      const html = await res.text();
      const tags = html.match(/<script\b[^>]*>|<style\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce!.slice(7, -1)}"`);
    });
  }

  it("the nonce is new for every answer", async () => {
    const nonces = await Promise.all([1, 2, 3].map(async () => (await fetch(url("/"))).headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1]));
    expect(new Set(nonces).size).toBe(3);
  });
});

describe("the API", () => {
  for (const path of ["/api/places?q=ams", "/get_bins", "/api/tracks/features", "/api/openapi.json", "/openapi.json", "/api/no-such-endpoint"]) {
    it(`${path}: data that is never rendered or framed`, async () => {
      const res = await fetch(url(path));
      expectEveryAnswerHeaders(res);
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    });
  }
});
