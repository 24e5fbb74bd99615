// A concert's own page: opened signed out from the address a card links to, nothing personal in it,
// tickets, calendar, share; a listing's status and price; a proper 404; public/'s files; and no
// console error or failed request on any page.
import { readFileSync } from "node:fs";
import { watchConsole } from "./support/console";
import { chooseCity, expect, guardNetwork, isoDaysFromNow, newAppStack, resultsShown, shot, signIn, test } from "./support/fixtures";

const newApp = newAppStack();

test("a concert's page opens signed out, carries nothing personal, and shares its own address", async ({ page, browser, network }) => {
  await signIn(page, "demo-indie");
  await chooseCity(page, "Amster", /^Amsterdam\s*Netherlands/);
  await page.getByRole("button", { name: "Find concerts" }).click();
  await resultsShown(page);
  const card = page.getByRole("article").first();
  const headline = (await card.getByRole("heading", { level: 3 }).textContent())!.trim();
  const venue = (await card.locator('[data-part="venue"]').textContent())!.trim();
  const href = (await card.getByRole("link", { name: /^Concert page/ }).getAttribute("href"))!;
  expect(href).toMatch(/^\/concerts\/bandsintown\/[^/?]+\?artist=/);
  const listener = (await page.getByRole("banner").textContent()) ?? "";

  // A stranger opens the link: no session.
  const stranger = await browser.newContext({ baseURL: test.info().project.use.baseURL, permissions: ["clipboard-read", "clipboard-write"] });
  const strangerNetwork = await guardNetwork(stranger);
  const other = await stranger.newPage();
  const trouble = watchConsole(other);
  const res = await other.goto(href);
  expect(res?.status()).toBe(200);
  await expect(other.getByRole("heading", { level: 1 })).toContainText(headline.split(" + ")[0]!);
  await expect(other.locator('[data-part="venue"]')).toHaveText(venue);
  await expect(other.getByText(/the venue's local time/)).toBeVisible();
  await expect(other.getByRole("list", { name: "Lineup, headliner first" })).toBeVisible();
  await expect(other.getByRole("link", { name: /^Tickets/ })).toHaveAttribute("href", /^https:\/\//);
  await expect(other.locator(".leaflet-container")).toBeVisible();
  await expect(other.getByRole("banner").getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await other.content()).not.toContain("Iris");
  expect(listener).toContain("Iris");
  await shot(other, "concert-01-signed-out");

  const [ics] = await Promise.all([other.waitForEvent("download"), other.getByRole("button", { name: /^Add to calendar/ }).click()]);
  expect(readFileSync((await ics.path())!, "utf8")).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}\r\n/);
  await other.getByRole("button", { name: /^Share/ }).click();
  await expect(other.locator('[data-part="share-status"]')).toHaveText("Link copied");
  const copied = await other.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(other.url());
  expect(new URL(copied).pathname + new URL(copied).search).toBe(href);
  expect(copied).not.toMatch(/lat=|lon=|place=|token/);
  expect(trouble).toEqual([]);
  await stranger.close();
  expect(network.blocked).toEqual([]);
  expect(strangerNetwork.blocked).toEqual([]);
});

test("a Ticketmaster concert's page: its status, its price, and the calendar file says the same", async ({ page }) => {
  // A listing with a price that is rescheduled, postponed or sold out, as the sandbox's Ticketmaster lists it near Berlin.
  const q = new URLSearchParams({
    apikey: "sandbox-ticketmaster-key", latlong: "52.520,13.405", radius: "50", unit: "km", classificationName: "music", size: "200",
    startDateTime: `${isoDaysFromNow(0)}T00:00:00Z`, endDateTime: `${isoDaysFromNow(120)}T00:00:00Z`,
  });
  type Listing = { id: string; dates: { status: { code: string } }; priceRanges?: unknown[] };
  let event: Listing | undefined;
  for (let p = 0; p < 5 && !event; p++) {
    const body = (await (await fetch(`${newApp.sandbox}/ticketmaster/discovery/v2/events.json?${q}&page=${p}`)).json()) as { _embedded?: { events: Listing[] } };
    event = body._embedded?.events.find((e) => ["rescheduled", "postponed", "offsale"].includes(e.dates.status.code) && e.priceRanges?.length);
  }
  expect(event, "a rescheduled, postponed or sold-out listing with a price").toBeTruthy();
  const trouble = watchConsole(page);
  await page.goto(`${newApp.app}/concerts/ticketmaster/${event!.id}`);
  const status = { rescheduled: "Rescheduled", postponed: "Postponed", offsale: "Sold out" }[event!.dates.status.code]!;
  await expect(page.locator('[data-part="status"]')).toHaveText(status);
  await expect(page.locator('[data-part="price"]')).toHaveText(/^\D*\d[\d,.]*(–\D*\d[\d,.]*)?$/);
  await expect(page.getByText(/\(the venue's local time, [A-Z][a-z]+\/[A-Za-z ]+\)/)).toBeVisible();
  // One Tickets button: the event page is the same address on Ticketmaster.
  await expect(page.getByRole("link", { name: /^Tickets/ })).toHaveAttribute("href", /ticketmaster\./);
  await expect(page.getByRole("link", { name: /Event page/ })).toHaveCount(0);
  const [ics] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Add to calendar/ }).click()]);
  expect(readFileSync((await ics.path())!, "utf8")).toContain(status === "Sold out" ? "STATUS:CONFIRMED" : "STATUS:TENTATIVE");
  await shot(page, "concert-02-ticketmaster-status");
  expect(trouble).toEqual([]);
});

test("a concert address that names no concert is a 404 page", async ({ page }) => {
  for (const path of ["/concerts/ticketmaster/Z7r9jZ1AdFEZv-nope", "/concerts/songkick/123", "/concerts/bandsintown/1001", "/concerts/ticketmaster/%3Cscript%3E"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Concert not found" })).toBeVisible();
  }
  await shot(page, "concert-03-not-found");
});

test("every page has its icons, manifest and preview image, and a clean console", async ({ page }) => {
  const trouble = watchConsole(page, (url, status) => status === 404 && new URL(url).pathname === "/no-such-page");
  for (const path of ["/", "/discover", "/docs"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/");
  const head = await page.evaluate(() => ({
    icons: [...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')].map((l) => (l as HTMLLinkElement).href),
    manifest: (document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null)?.href,
    og: document.querySelector('meta[property="og:image"]')?.getAttribute("content"),
    twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute("content"),
  }));
  expect(head.icons.length).toBeGreaterThanOrEqual(2);
  expect(head.twitter).toBe("summary_large_image");
  for (const url of [...head.icons, head.manifest!, head.og!, new URL("/robots.txt", page.url()).href]) expect((await page.request.get(url)).status(), url).toBe(200);
  const manifest = (await (await page.request.get(head.manifest!)).json()) as { start_url: string; theme_color: string; icons: { sizes: string }[] };
  expect(manifest).toMatchObject({ start_url: "/discover", theme_color: "#1b1235" });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(trouble).toEqual([]);
});
