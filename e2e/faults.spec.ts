// Runs after the other projects (the sandbox's fault knobs are global).
import { discoverUrl, expect, isoDaysFromNow, resetSandboxKnobs, resultsShown, SANDBOX_URL, setSandboxKnobs, shot, signIn, test } from "./support/fixtures";

test.afterEach(async () => {
  await resetSandboxKnobs();
});

test("a concert-listing outage shows as a plain-words warning, not a blank page", async ({ page }) => {
  await signIn(page, "demo-techno");
  // Concert look-ups fail for every artist whose name starts with A–M; the rest answer.
  await setSandboxKnobs({ errorRate: 1, faultUpstreams: ["bandsintown"], faultMatch: "artists/[A-Ma-m]" });
  // Dates no other test uses, so no cached listings hide the outage. Amsterdam: there the listener's
  // N–Z artists play in these dates (one mix, several concerts), so the rest of the answer can show.
  await page.goto(discoverUrl({ lat: 52.3676, lon: 4.9041, place: "Amsterdam, Netherlands", radius: 50, from: isoDaysFromNow(3), to: isoDaysFromNow(47) }));
  const warning = page.getByRole("status").filter({ hasText: "Some results may be missing" });
  await expect(warning).toBeVisible({ timeout: 60_000 });
  await expect(warning).toContainText("Concerts could not be looked up on Bandsintown for");
  // The rest of the answer is still there: a mix with the concerts that were found.
  await resultsShown(page);
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "No concerts found" })).toHaveCount(0);
  await shot(page, "upstream-failure-warning");
});

test("Spotify being down shows a friendly error with a retry", async ({ page }) => {
  await signIn(page, "demo-jazz");
  await setSandboxKnobs({ errorRate: 1, faultUpstreams: ["spotify"] });
  await page.goto(discoverUrl({ lat: 48.8566, lon: 2.3522, place: "Paris, France", radius: 25, from: isoDaysFromNow(1), to: isoDaysFromNow(20) }));
  const alert = page.getByRole("alert").filter({ hasText: "We couldn't load your concerts" });
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await expect(alert).toContainText("Spotify is not answering properly right now"); // the server's words: which service
  await shot(page, "spotify-down-error");
  await resetSandboxKnobs();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toBeHidden({ timeout: 60_000 });
  await resultsShown(page);
});

test("when Spotify refuses to refresh the sign-in, the listener is told to sign in again", async ({ page, context }) => {
  const { decode } = await import("next-auth/jwt");
  const { readFileSync } = await import("node:fs");
  const secret = /^NEXTAUTH_SECRET=(.*)$/m.exec(readFileSync("sandbox/demo.env", "utf8"))![1]!;
  // Short-lived access tokens: every use needs a refresh.
  await setSandboxKnobs({ tokenTtlSeconds: 30 });
  await signIn(page, "demo-metal");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeTruthy();
  const jwt = await decode({ token: cookie!.value, secret });
  expect(jwt?.refreshToken).toBeTruthy();
  const revoked = await fetch(`${SANDBOX_URL}/__sandbox/revoke`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ refresh_token: jwt!.refreshToken }),
  });
  expect(revoked.ok).toBe(true);

  await page.goto(discoverUrl({ lat: 52.374, lon: 4.8897, place: "Amsterdam, Netherlands", radius: 25, from: isoDaysFromNow(2), to: isoDaysFromNow(33) }));
  const notice = page.getByRole("alert").filter({ hasText: "Your Spotify sign-in has ended" });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("main").getByRole("button", { name: "Sign in again" })).toBeVisible();
  await shot(page, "session-ended");
  // The session was ended.
  await expect.poll(async () => (await (await page.request.get("/api/auth/session")).json()) as object).toEqual({});
});

test("a slow search shows live progress by stage", async ({ page }) => {
  // Record every state the progress panel goes through (some last only a few milliseconds).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-part="progress"]');
      const text = el?.textContent ?? "";
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await signIn(page, "demo-hiphop");
  await setSandboxKnobs({ latencyMs: 400 });
  // A date window no earlier run used, so the concert look-ups are not answered from the cache.
  const start = 5 + Math.floor(Math.random() * 200);
  await page.goto(
    discoverUrl({ lat: 51.5072, lon: -0.1276, place: "London, United Kingdom", radius: 50, from: isoDaysFromNow(start), to: isoDaysFromNow(start + 30) }),
  );
  const progress = page.getByRole("region", { name: "Finding your concerts…" });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole("listitem").filter({ hasText: "Reading your top artists" })).toBeVisible();
  await shot(page, "progress");
  await resultsShown(page);
  await expect(progress).toBeHidden();
  const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(seen.some((t) => t.includes("Reading your top artists…"))).toBe(true);
  expect(seen.some((t) => /✓(Reading your top artists|Finding similar artists)/.test(t))).toBe(true);
  expect(seen.some((t) => /Looking up concerts \d+\/\d+/.test(t))).toBe(true);
});

test("an API call that refreshes the sign-in writes it back to the cookie, so a rotated refresh token is never spent twice", async ({ page, context }) => {
  const { decode, encode } = await import("next-auth/jwt");
  const { readFileSync } = await import("node:fs");
  const { resetSandboxCounters, sandboxCountersAt } = await import("../tests/helpers/sandbox-admin");
  const secret = /^NEXTAUTH_SECRET=(.*)$/m.exec(readFileSync("sandbox/demo.env", "utf8"))![1]!;
  const sessionCookie = async () => (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const tokenRefreshes = async () =>
    Object.entries((await sandboxCountersAt(SANDBOX_URL)).byEndpoint)
      .filter(([endpoint]) => /^accounts POST .*token/.test(endpoint))
      .reduce((n, [, count]) => n + count, 0);

  // Spotify may rotate refresh tokens: then a refresh token works once.
  await setSandboxKnobs({ refreshTokenRotation: true });
  await signIn(page, "demo-jazz");
  // The access token in the session has just expired.
  const signedIn = await sessionCookie();
  const before = (await decode({ token: signedIn.value, secret }))!;
  await context.addCookies([{ ...signedIn, value: await encode({ token: { ...before, accessTokenExpires: Date.now() - 1000 }, secret }) }]);
  await resetSandboxCounters(SANDBOX_URL);

  // An API call refreshes it for itself, and its answer carries the refreshed session.
  expect((await page.request.get("/api/artists/get_user_artists?n_of_top_artists=2&n_related_artists=0")).status()).toBe(200);
  expect(await tokenRefreshes()).toBe(1);
  const after = (await decode({ token: (await sessionCookie()).value, secret }))!;
  expect(after.accessToken).not.toBe(before.accessToken);
  expect(after.refreshToken).not.toBe(before.refreshToken);
  expect(after.accessTokenExpires).toBeGreaterThan(Date.now());

  // The page's session and the next API call use the written-back session: no second refresh, still signed in.
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: unknown; error?: string };
  expect(session.error).toBeUndefined();
  expect(session.user).toBeTruthy();
  expect((await page.request.get("/api/artists/get_user_artists?n_of_top_artists=2&n_related_artists=0")).status()).toBe(200);
  expect(await tokenRefreshes()).toBe(1);
});
