// Contract for the parts no upstream spec covers: the accounts token endpoint (OAuth 2.0 / Spotify's
// documented JSON), images, embed and the admin API. Schemas are written out here and checked with
// the same validator library.
import { createHash } from "node:crypto";
import OpenAPIResponseValidator from "openapi-response-validator";
import { describe, expect, it } from "vitest";
import { useSandbox } from "../helpers/sandbox";
import { get, postForm, postJson } from "./harness";

const REDIRECT = "http://127.0.0.1:3000/api/auth/callback/spotify";
const CLIENT = { client_id: "gigscovery-demo-client", client_secret: "sandbox-only-secret-not-a-spotify-secret" };

const tokenSchema = {
  type: "object",
  required: ["access_token", "token_type", "scope", "expires_in"],
  properties: {
    access_token: { type: "string", minLength: 20 },
    token_type: { type: "string", enum: ["Bearer"] },
    scope: { type: "string" },
    expires_in: { type: "integer", minimum: 1 },
    refresh_token: { type: "string", minLength: 20 },
  },
  additionalProperties: false,
};
const tokenErrorSchema = {
  type: "object",
  required: ["error", "error_description"],
  properties: { error: { type: "string" }, error_description: { type: "string" } },
  additionalProperties: false,
};
const tokenValidator = new OpenAPIResponseValidator({
  responses: { "200": { schema: tokenSchema }, "400": { schema: tokenErrorSchema }, "401": { schema: tokenErrorSchema } },
} as never);

const sb = useSandbox();

async function authorizeCode(verifier: string): Promise<string> {
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const q = new URLSearchParams({ client_id: CLIENT.client_id, response_type: "code", redirect_uri: REDIRECT, scope: "user-top-read user-read-email", state: "s1", code_challenge: challenge, code_challenge_method: "S256" });
  const page = await get(sb, `/accounts/authorize?${q}`);
  const requestId = /name="request_id" value="([^"]+)"/.exec(page.text)![1]!;
  const decision = await postForm(sb, "/accounts/authorize", { request_id: requestId, listener: "demo-indie", action: "agree" });
  return new URL(decision.headers.get("location")!).searchParams.get("code")!;
}

describe("accounts token endpoint", () => {
  it("token responses and errors have the documented shape", async () => {
    const verifier = "v".repeat(64);
    const code = await authorizeCode(verifier);
    const ok = await postForm(sb, "/accounts/api/token", { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier, client_id: CLIENT.client_id });
    expect(ok.status).toBe(200);
    expect(tokenValidator.validateResponse("200", ok.json)).toBeUndefined();
    const refresh = await postForm(sb, "/accounts/api/token", { grant_type: "refresh_token", refresh_token: (ok.json as { refresh_token: string }).refresh_token, ...CLIENT });
    expect(tokenValidator.validateResponse("200", refresh.json)).toBeUndefined();
    const bad = await postForm(sb, "/accounts/api/token", { grant_type: "authorization_code", code: "nope", redirect_uri: REDIRECT, ...CLIENT });
    expect(bad.status).toBe(400);
    expect(tokenValidator.validateResponse("400", bad.json)).toBeUndefined();
  });
});

describe("images, embed and admin", () => {
  it("serves SVG avatars and album covers referenced by image objects", async () => {
    const artist = sb.catalog.artists[0]!;
    const album = sb.catalog.albums[0]!;
    for (const path of [`/images/artist/${artist.id}.svg`, `/images/album/${album.id}.svg`]) {
      const r = await get(sb, path);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
      expect(r.text).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>$/);
    }
    expect((await get(sb, "/images/artist/unknown.svg")).status).toBe(404);
  });

  it("serves an embed page for an artist", async () => {
    const artist = sb.catalog.artists[1]!;
    const r = await get(sb, `/embed/artist/${artist.id}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain("Sandbox preview — demo data");
    expect(r.text).toContain('<html lang="en">');
    expect(r.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/); // self-contained
  });

  it("admin endpoints answer JSON", async () => {
    expect((await get(sb, "/__sandbox/health")).json).toEqual({ ok: true, seed: sb.catalog.seed, today: sb.catalog.today });
    const listeners = (await get(sb, "/__sandbox/listeners")).json as { id: string; displayName: string; taste: string }[];
    expect(listeners.some((l) => l.id === "demo-indie")).toBe(true);
    const issued = await postJson(sb, "/__sandbox/token", { listener: "demo-indie", scope: "user-top-read" });
    expect(issued.status).toBe(200);
    expect(issued.json).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
    const knobs = await postJson(sb, "/__sandbox/knobs", { latencyMs: 1 });
    expect(knobs.json).toMatchObject({ latencyMs: 1 });
    expect((await postJson(sb, "/__sandbox/knobs", { latencyMs: -1 })).status).toBe(400);
    expect((await postJson(sb, "/__sandbox/knobs", { nope: 1 })).status).toBe(400);
    expect((await postJson(sb, "/__sandbox/knobs/reset", {})).json).toMatchObject({ latencyMs: 0 });
    const counters = (await get(sb, "/__sandbox/counters")).json as Record<string, unknown>;
    expect(Object.keys(counters).sort()).toEqual(["byEndpoint", "byResource", "byStatus", "inFlight", "maxInFlight", "total"]);
  });
});
