// sessionAccessToken and the jwt/session callbacks against the sandbox's real token endpoint.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { startSandbox, type Sandbox } from "@/sandbox/server/index";

let sandbox: Sandbox;
const SECRET = "unit-test-nextauth-secret-0123456789";

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  Object.assign(process.env, {
    SPOTIFY_CLIENT_ID: "gigscovery-demo-client",
    SPOTIFY_CLIENT_SECRET: "sandbox-only-secret-not-a-spotify-secret",
    SPOTIFY_ACCOUNTS_URL: `${sandbox.url}/accounts`,
    SPOTIFY_API_URL: `${sandbox.url}/spotify/v1`,
    BANDSINTOWN_APP_ID: "gigscovery-demo",
    BANDSINTOWN_URL: `${sandbox.url}/bandsintown`,
    NEXTAUTH_URL: "http://127.0.0.1:3000",
    NEXTAUTH_SECRET: SECRET,
  });
});

afterAll(async () => {
  await sandbox?.close();
});

beforeEach(async () => {
  const { _resetRefreshCache } = await import("./spotify-token");
  _resetRefreshCache();
  sandbox.resetKnobs();
});

async function requestWith(token: JWT | null, cookieName = "next-auth.session-token"): Promise<Request> {
  const headers = new Headers();
  if (token) headers.set("cookie", `other=1; ${cookieName}=${await encode({ token, secret: SECRET })}`);
  return new Request("http://127.0.0.1:3000/api/get_bins", { headers });
}

async function meStatus(accessToken: string): Promise<number> {
  const res = await fetch(`${sandbox.url}/spotify/v1/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
  return res.status;
}

describe("sessionAccessToken", () => {
  it("returns the session's access token while it is fresh", async () => {
    const { sessionAccessToken } = await import("./session-token");
    const issued = sandbox.issueToken("demo-indie", "user-top-read");
    const req = await requestWith({
      accessToken: issued.access_token,
      accessTokenExpires: Date.now() + 30 * 60_000,
      refreshToken: issued.refresh_token,
    });
    expect(await sessionAccessToken(req)).toBe(issued.access_token);
  });

  it("refreshes an expired (or nearly expired) token through the token endpoint", async () => {
    const { sessionAccessToken } = await import("./session-token");
    const issued = sandbox.issueToken("demo-indie", "user-top-read");
    const req = await requestWith({
      accessToken: "stale-token",
      accessTokenExpires: Date.now() + 10_000, // inside the refresh margin
      refreshToken: issued.refresh_token,
    });
    const fresh = await sessionAccessToken(req);
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe("stale-token");
    expect(await meStatus(fresh!)).toBe(200);
  });

  it("hands a refreshed session to the caller to write back, and only then", async () => {
    const { sessionAccessToken } = await import("./session-token");
    const issued = sandbox.issueToken("demo-indie", "user-top-read");
    const written: { accessToken?: string; refreshToken?: string }[] = [];
    const write = async (session: { accessToken?: string; refreshToken?: string }) => void written.push(session);
    const fresh = await sessionAccessToken(
      await requestWith({ accessToken: issued.access_token, accessTokenExpires: Date.now() + 30 * 60_000, refreshToken: issued.refresh_token }),
      write,
    );
    expect(fresh).toBe(issued.access_token);
    expect(written).toEqual([]);
    const refreshed = await sessionAccessToken(
      await requestWith({ accessToken: "stale-token", accessTokenExpires: Date.now() - 1000, refreshToken: issued.refresh_token }),
      write,
    );
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ accessToken: refreshed, refreshToken: issued.refresh_token });
  });

  it("shares one refresh between concurrent requests", async () => {
    const { sessionAccessToken } = await import("./session-token");
    const issued = sandbox.issueToken("demo-indie", "user-top-read");
    const jwt = { accessToken: "old", accessTokenExpires: Date.now() - 1000, refreshToken: issued.refresh_token };
    // Both arrive at the same moment; the token endpoint takes a real round trip (the sandbox's
    // own answers in about 2 ms, less than two session cookies can take to decrypt).
    const [first, second] = await Promise.all([requestWith(jwt), requestWith(jwt)]);
    sandbox.setKnobs({ latencyMs: 50 });
    sandbox.resetCounters();
    const [a, b] = await Promise.all([sessionAccessToken(first), sessionAccessToken(second)]);
    expect(a).toBeTruthy();
    expect(a).toBe(b);
    expect(sandbox.counters().byEndpoint).toEqual({ "accounts POST /api/token": 1 });
  });

  it("returns null when the refresh token was revoked", async () => {
    const { sessionAccessToken } = await import("./session-token");
    const issued = sandbox.issueToken("demo-indie", "user-top-read");
    sandbox.revokeToken(issued.refresh_token);
    const req = await requestWith({ accessToken: "old", accessTokenExpires: Date.now() - 1000, refreshToken: issued.refresh_token });
    expect(await sessionAccessToken(req)).toBeNull();
  });

  it("returns null without a session, with a foreign cookie, or when the session is flagged", async () => {
    const { sessionAccessToken } = await import("./session-token");
    expect(await sessionAccessToken(await requestWith(null))).toBeNull();
    const bad = new Request("http://x/", { headers: { cookie: "next-auth.session-token=not-a-jwe" } });
    expect(await sessionAccessToken(bad)).toBeNull();
    const bearerOnly = new Request("http://x/", { headers: { authorization: "Bearer some-spotify-token" } });
    expect(await sessionAccessToken(bearerOnly)).toBeNull();
    const flagged = await requestWith({ accessToken: "x", accessTokenExpires: Date.now() + 3_600_000, error: "RefreshAccessTokenError" });
    expect(await sessionAccessToken(flagged)).toBeNull();
  });
});

describe("jwt and session callbacks", () => {
  it("keep the grant on sign-in and never expose tokens to the browser", async () => {
    const { authOptions } = await import("./options");
    const { jwt, session } = authOptions().callbacks!;
    const token = (await jwt!({
      token: { name: "Iris", email: "iris@example.com", picture: "http://img/1.svg", sub: "spotify-user-id" },
      account: {
        provider: "spotify",
        type: "oauth",
        providerAccountId: "spotify-user-id",
        access_token: "AT",
        refresh_token: "RT",
        expires_at: Math.floor(Date.now() / 1000) + 3600,
      },
      user: { id: "spotify-user-id" },
    } as never)) as JWT;
    expect(token).toMatchObject({ name: "Iris", picture: "http://img/1.svg", accessToken: "AT", refreshToken: "RT" });
    expect(token.sub).toBeUndefined();
    expect(token.email).toBeUndefined();
    const s = await session!({ session: { expires: "2030-01-01T00:00:00.000Z", user: {} }, token } as never);
    expect(JSON.stringify(s)).not.toMatch(/AT|RT|accessToken|refreshToken/);
    expect(s).toEqual({ expires: "2030-01-01T00:00:00.000Z", user: { name: "Iris", image: "http://img/1.svg" } });
  });

  it("refresh an expiring token, keeping the refresh token when none comes back", async () => {
    const { authOptions } = await import("./options");
    const { jwt } = authOptions().callbacks!;
    const issued = sandbox.issueToken("demo-indie", "user-top-read");
    const out = (await jwt!({
      token: { name: "Iris", accessToken: "old", accessTokenExpires: Date.now() - 1, refreshToken: issued.refresh_token },
    } as never)) as JWT;
    expect(out.error).toBeUndefined();
    expect(out.accessToken).not.toBe("old");
    expect(out.accessTokenExpires).toBeGreaterThan(Date.now() + 60_000);
    expect(sandbox.knobs().refreshTokenRotation).toBe(false); // the sandbox's answer has no refresh_token
    expect(out.refreshToken).toBe(issued.refresh_token);
    expect(await meStatus(out.accessToken!)).toBe(200);
  });

  it("flag the session (and drop the tokens) when the refresh is refused", async () => {
    const { authOptions } = await import("./options");
    const { jwt, session } = authOptions().callbacks!;
    const issued = sandbox.issueToken("demo-indie", "user-top-read");
    sandbox.revokeToken(issued.refresh_token);
    const out = (await jwt!({
      token: { name: "Iris", accessToken: "old", accessTokenExpires: Date.now() - 1, refreshToken: issued.refresh_token },
    } as never)) as JWT;
    expect(out.error).toBe("RefreshAccessTokenError");
    expect(out.accessToken).toBeUndefined();
    expect(out.refreshToken).toBeUndefined();
    const s = await session!({ session: { expires: "2030-01-01T00:00:00.000Z", user: {} }, token: out } as never);
    expect((s as { error?: string }).error).toBe("RefreshAccessTokenError");
  });
});
