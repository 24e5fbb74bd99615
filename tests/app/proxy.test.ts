import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { demoEnv } from "../../scripts/stack";

// proxy.ts: the page's policy and HSTS follow the settings (HSTS only when the app is served over https).

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function proxied(appUrl: string, path: string, method = "GET", headers: Record<string, string> = {}) {
  vi.resetModules(); // the settings are read once per module load
  process.env = { ...saved, ...demoEnv("http://127.0.0.1:4010"), NEXTAUTH_URL: appUrl };
  const { proxy } = await import("../../proxy");
  return proxy(new NextRequest(new URL(path, appUrl), { method, headers }));
}

describe("proxy", () => {
  it("lets public/'s files be read, and answers any other method with 405", async () => {
    for (const path of ["/favicon.ico", "/icon-192.png", "/manifest.webmanifest", "/robots.txt"]) {
      expect((await proxied("http://127.0.0.1:3000", path)).status).not.toBe(405);
      const put = await proxied("http://127.0.0.1:3000", path, "PUT");
      expect(put.status).toBe(405);
      expect(put.headers.get("allow")).toBe("GET, HEAD");
    }
    expect((await proxied("http://127.0.0.1:3000", "/discover", "POST")).status).not.toBe(405);
  });

  it("serves public/'s files whole: a Range header does not reach Next.js's file server", async () => {
    const res = await proxied("http://127.0.0.1:3000", "/manifest.webmanifest", "GET", { Range: "bytes=garbage", Accept: "*/*" });
    expect(res.headers.get("x-middleware-override-headers")?.split(",")).toContain("accept");
    expect(res.headers.get("x-middleware-override-headers")?.split(",")).not.toContain("range");
    expect(res.headers.get("x-middleware-request-range")).toBeNull();
  });

  it("sends HSTS when NEXTAUTH_URL is https, and not over plain http", async () => {
    expect((await proxied("https://gigs.example.org", "/discover")).headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect((await proxied("http://127.0.0.1:3000", "/discover")).headers.get("strict-transport-security")).toBeNull();
  });

  it("gives each page a fresh nonce, in the policy it sends and the one Next.js reads from the request", async () => {
    const res = await proxied("http://127.0.0.1:3000", "/");
    const policy = res.headers.get("content-security-policy")!;
    const nonce = policy.match(/'nonce-([^']+)'/)![1]!;
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(policy).toContain("img-src 'self' data: blob: https: http://127.0.0.1:4010"); // the sandbox's images, over http
    expect(policy).toContain("frame-src http://127.0.0.1:4010"); // the preview player
  });

  it("sends a page's address with a trailing slash to the one without, keeping the query", async () => {
    const res = await proxied("http://127.0.0.1:3000", "/discover/?lat=1");
    expect(res.status).toBe(308);
    const location = new URL(res.headers.get("location")!);
    expect(location.pathname + location.search).toBe("/discover?lat=1");
  });
});
