// The sandbox's Spotify accounts service: authorize + consent page, PKCE code flow, refresh, expiry.
import { createHash, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { get, postForm, postJson } from "../contract/harness";
import { useSandbox } from "../helpers/sandbox";

const REDIRECT = "http://127.0.0.1:3000/api/auth/callback/spotify";
const CLIENT_ID = "gigscovery-demo-client";
const SECRET = "sandbox-only-secret-not-a-spotify-secret";
const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}` });

const sb = useSandbox({ redirectUris: [REDIRECT, "http://localhost:3000/cb", "http://example.com/cb", "https://app.example.com/cb"] });
afterEach(() => vi.useRealTimers());

function authorizeUrl(over: Record<string, string | null> = {}, verifier = "x".repeat(50)): string {
  const params: Record<string, string | null> = {
    client_id: CLIENT_ID,
    response_type: "code",
    redirect_uri: REDIRECT,
    scope: "user-top-read user-read-email",
    state: "st-123",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    ...over,
  };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null) q.set(k, v);
  return `/accounts/authorize?${q}`;
}

async function consent(over: Record<string, string | null> = {}, verifier?: string, action = "agree", listener = "demo-indie", extra: Record<string, string> = {}) {
  const page = await get(sb, authorizeUrl(over, verifier));
  expect(page.status).toBe(200);
  const requestId = /name="request_id" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
  const r = await postForm(sb, "/accounts/authorize", { request_id: requestId, listener, action, ...extra });
  expect(r.status).toBe(302);
  return new URL(r.headers.get("location")!);
}

async function codeFor(verifier: string, scope = "user-top-read user-read-email") {
  const loc = await consent({ scope }, verifier);
  return loc.searchParams.get("code")!;
}

describe("GET /accounts/authorize", () => {
  it("shows an accessible consent page with the curated personas and the scopes in words", async () => {
    const r = await get(sb, authorizeUrl());
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/text\/html/);
    const html = r.text;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<main>");
    expect(html).toContain("Sandbox — demo data, not Spotify");
    expect(html).toMatch(/<button[^>]*>Agree<\/button>/);
    expect(html).toMatch(/<button[^>]*>Cancel<\/button>/);
    expect(html).toContain("Read your top artists and tracks");
    expect(html).toContain("Get your email address");
    const curated = sb.catalog.listeners.filter((x) => x.id.startsWith("demo-"));
    expect(curated.length).toBeGreaterThan(0);
    for (const l of curated) {
      expect(html).toContain(`<label for="listener-${l.id}">`);
      expect(html).toContain(`id="listener-${l.id}"`);
    }
    expect(html).toMatch(/<select id="other-listener"/);
    expect(html).not.toMatch(/<(link|script)\b|src="http/);
  });

  it.each([
    [{ client_id: "someone-else" }, "INVALID_CLIENT: Invalid client"],
    [{ redirect_uri: "http://127.0.0.1:9999/not-registered" }, "INVALID_CLIENT: Invalid redirect URI"],
    [{ redirect_uri: "http://localhost:3000/cb" }, "INVALID_CLIENT: Invalid redirect URI"],
    [{ redirect_uri: "http://example.com/cb" }, "INVALID_CLIENT: Invalid redirect URI"],
    [{ redirect_uri: null }, "INVALID_CLIENT: Invalid redirect URI"],
  ])("rejects %j with an HTML error page", async (over, message) => {
    const r = await get(sb, authorizeUrl(over));
    expect(r.status).toBe(400);
    expect(r.text).toContain(message);
  });

  it("allows an https redirect URI on the allow-list", async () => {
    expect((await get(sb, authorizeUrl({ redirect_uri: "https://app.example.com/cb" }))).status).toBe(200);
  });

  it.each([
    [{ response_type: "token" }, "unsupported_response_type"],
    [{ response_type: null }, "invalid_request"],
    [{ scope: "user-top-read made-up-scope" }, "invalid_scope"],
    [{ code_challenge_method: "plain" }, "invalid_request"],
  ])("redirects back with an error for %j", async (over, error) => {
    const r = await get(sb, authorizeUrl(over));
    expect(r.status).toBe(302);
    const loc = new URL(r.headers.get("location")!);
    expect(loc.origin + loc.pathname).toBe(REDIRECT);
    expect(loc.searchParams.get("error")).toBe(error);
    expect(loc.searchParams.get("state")).toBe("st-123");
  });

  it("Cancel redirects with access_denied, Agree with code and state", async () => {
    const cancel = await consent({}, undefined, "cancel");
    expect(cancel.searchParams.get("error")).toBe("access_denied");
    expect(cancel.searchParams.get("state")).toBe("st-123");
    const agree = await consent();
    expect(agree.searchParams.get("code")).toMatch(/.{20,}/);
    expect(agree.searchParams.get("state")).toBe("st-123");
  });
});

describe("POST /accounts/api/token", () => {
  const verifier = randomBytes(48).toString("base64url");

  it("exchanges a code with the right PKCE verifier (public client) and the token works", async () => {
    const code = await codeFor(verifier);
    const form = { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier, client_id: CLIENT_ID };
    const r = await postForm(sb, "/accounts/api/token", form);
    expect(r.status).toBe(200);
    const tok = r.json as Record<string, unknown>;
    expect(tok).toMatchObject({ token_type: "Bearer", scope: "user-top-read user-read-email", expires_in: 3600 });
    expect(typeof tok.refresh_token).toBe("string");
    const me = await get(sb, "/spotify/v1/me", tok.access_token as string);
    expect(me.json).toMatchObject({ id: "demo-indie" });
    // The code is single-use.
    const again = await postForm(sb, "/accounts/api/token", form);
    expect(again.json).toEqual({ error: "invalid_grant", error_description: "Invalid authorization code" });
  });

  it("a listener picked from the other-listeners list wins over the radio choice", async () => {
    const other = sb.catalog.listeners.find((l) => !l.id.startsWith("demo-"))!;
    const v = "o".repeat(60);
    const loc = await consent({}, v, "agree", "demo-indie", { other_listener: other.id });
    const r = await postForm(sb, "/accounts/api/token", { grant_type: "authorization_code", code: loc.searchParams.get("code")!, redirect_uri: REDIRECT, code_verifier: v, client_id: CLIENT_ID });
    const me = await get(sb, "/spotify/v1/me", (r.json as { access_token: string }).access_token);
    expect(me.json).toMatchObject({ id: other.id });
  });

  it("accepts HTTP Basic client auth (confidential client, as next-auth sends)", async () => {
    const code = await codeFor(verifier);
    const r = await postForm(sb, "/accounts/api/token", { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier }, basic(CLIENT_ID, SECRET));
    expect(r.status).toBe(200);
  });

  it("rejects wrong verifier, redirect URI, client and secret with Spotify's bodies", async () => {
    const code = await codeFor(verifier);
    const base = { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier, client_id: CLIENT_ID };
    const cases: [Record<string, string>, Record<string, string>, number, unknown][] = [
      [{ ...base, code_verifier: "w".repeat(50) }, {}, 400, { error: "invalid_grant", error_description: "code_verifier was incorrect" }],
      [{ ...base, code_verifier: "" }, {}, 400, { error: "invalid_grant", error_description: "code_verifier was incorrect" }],
      [{ ...base, redirect_uri: "http://127.0.0.1:3000/other" }, {}, 400, { error: "invalid_grant", error_description: "Invalid redirect URI" }],
      [{ ...base, client_id: "nope" }, {}, 400, { error: "invalid_client", error_description: "Invalid client" }],
      [{ ...base, client_secret: "wrong" }, {}, 400, { error: "invalid_client", error_description: "Invalid client secret" }],
      [{ grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier }, basic(CLIENT_ID, "wrong"), 400, { error: "invalid_client", error_description: "Invalid client secret" }],
      [{ ...base, code: "unknown" }, {}, 400, { error: "invalid_grant", error_description: "Invalid authorization code" }],
      [{ ...base, grant_type: "password" }, {}, 400, { error: "unsupported_grant_type", error_description: "grant_type must be client_credentials, authorization_code or refresh_token" }],
      [{ client_id: CLIENT_ID }, {}, 400, { error: "unsupported_grant_type", error_description: "grant_type parameter is missing" }],
    ];
    for (const [form, headers, status, body] of cases) {
      const r = await postForm(sb, "/accounts/api/token", form, headers);
      expect([r.status, r.json]).toEqual([status, body]);
    }
    // After all those failures the code still works with the right verifier.
    expect((await postForm(sb, "/accounts/api/token", base)).status).toBe(200);
  });

  it("a code older than 10 minutes is rejected", async () => {
    const code = await codeFor(verifier);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 10 * 60 * 1000 + 1000);
    const r = await postForm(sb, "/accounts/api/token", { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier, client_id: CLIENT_ID });
    expect(r.json).toEqual({ error: "invalid_grant", error_description: "Invalid authorization code" });
  });

  it("without PKCE a client secret is required", async () => {
    const loc = await consent({ code_challenge: null, code_challenge_method: null });
    const code = loc.searchParams.get("code")!;
    const pub = await postForm(sb, "/accounts/api/token", { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT_ID });
    expect(pub.json).toEqual({ error: "invalid_client", error_description: "Invalid client secret" });
    const conf = await postForm(sb, "/accounts/api/token", { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, basic(CLIENT_ID, SECRET));
    expect(conf.status).toBe(200);
  });

  it("refresh omits refresh_token unless rotation is on; revoked refresh tokens give invalid_grant", async () => {
    const issued = sb.issueToken("demo-indie", "user-top-read");
    const r = await postForm(sb, "/accounts/api/token", { grant_type: "refresh_token", refresh_token: issued.refresh_token }, basic(CLIENT_ID, SECRET));
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ token_type: "Bearer", scope: "user-top-read", expires_in: 3600 });
    expect(r.json).not.toHaveProperty("refresh_token");

    sb.setKnobs({ refreshTokenRotation: true });
    const rotated = await postForm(sb, "/accounts/api/token", { grant_type: "refresh_token", refresh_token: issued.refresh_token, client_id: CLIENT_ID });
    const newRefresh = (rotated.json as { refresh_token: string }).refresh_token;
    expect(newRefresh).toMatch(/.{20,}/);
    const old = await postForm(sb, "/accounts/api/token", { grant_type: "refresh_token", refresh_token: issued.refresh_token, client_id: CLIENT_ID });
    expect(old.json).toEqual({ error: "invalid_grant", error_description: "Invalid refresh token" });

    const revoke = await postJson(sb, "/__sandbox/revoke", { refresh_token: newRefresh });
    expect(revoke.json).toEqual({ revoked: true });
    const after = await postForm(sb, "/accounts/api/token", { grant_type: "refresh_token", refresh_token: newRefresh, client_id: CLIENT_ID });
    expect([after.status, after.json]).toEqual([400, { error: "invalid_grant", error_description: "Invalid refresh token" }]);
  });

  it("access tokens expire after tokenTtlSeconds; a refresh brings a working one back", async () => {
    sb.setKnobs({ tokenTtlSeconds: 1 });
    const issued = sb.issueToken("demo-indie", "user-top-read");
    expect(issued.expires_in).toBe(1);
    expect((await get(sb, "/spotify/v1/me/top/artists", issued.access_token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1050));
    const expired = await get(sb, "/spotify/v1/me/top/artists", issued.access_token);
    expect([expired.status, expired.json]).toEqual([401, { error: { status: 401, message: "The access token expired" } }]);
    const refreshed = await postForm(sb, "/accounts/api/token", { grant_type: "refresh_token", refresh_token: issued.refresh_token, client_id: CLIENT_ID });
    expect((await get(sb, "/spotify/v1/me/top/artists", (refreshed.json as { access_token: string }).access_token)).status).toBe(200);
  });

  it("a revoked access token answers 401 Invalid access token", async () => {
    const issued = sb.issueToken("demo-indie");
    await postJson(sb, "/__sandbox/revoke", { access_token: issued.access_token });
    expect((await get(sb, "/spotify/v1/me", issued.access_token)).json).toEqual({ error: { status: 401, message: "Invalid access token" } });
  });
});
