// Ticketmaster Discovery v2 answers as the API sends them (wire format), for the unit and stub tests.

export const tmAttraction = (id: string, name: string, spotifyUrl?: string) => ({
  name,
  type: "attraction",
  id,
  test: false,
  url: `https://www.ticketmaster.com/${name.toLowerCase().replace(/\W+/g, "-")}-tickets/artist/1`,
  locale: "en-us",
  externalLinks: {
    youtube: [{ url: "https://www.youtube.com/channel/UCqECaJ8Gagnn7YCbPEzWH6g" }],
    ...(spotifyUrl ? { spotify: [{ url: spotifyUrl }] } : {}),
    musicbrainz: [{ id: "20244d07-534f-4eff-b4d4-930878889970" }],
  },
  classifications: [{ primary: true, segment: { id: "KZFzniwnSyZfZ7v7nJ", name: "Music" } }],
});

export const tmVenue = (over: Record<string, unknown> = {}) => ({
  name: "Ziggo Dome",
  type: "venue",
  id: "Z598xZbpZ7ekd",
  locale: "en-us",
  postalCode: "1101 DS",
  timezone: "Europe/Amsterdam",
  city: { name: "Amsterdam" },
  state: { name: "Noord-Holland", stateCode: "NH" },
  country: { name: "Netherlands", countryCode: "NL" },
  address: { line1: "De Passage 100" },
  location: { longitude: "4.93750000", latitude: "52.31330000" },
  ...over,
});

export const tmEvent = (id: string, over: Record<string, unknown> = {}) => ({
  name: `Concert ${id}`,
  type: "event",
  id,
  test: false,
  url: `https://www.ticketmaster.nl/event/${id}`,
  locale: "en-us",
  images: [{ ratio: "16_9", url: "https://s1.ticketm.net/dam/a/1d1/abc_RETINA_PORTRAIT_16_9.jpg", width: 640, height: 360, fallback: false }],
  sales: { public: { startDateTime: "2026-03-01T09:00:00Z", startTBD: false, startTBA: false, endDateTime: "2026-11-23T19:00:00Z" } },
  dates: {
    start: { localDate: "2026-11-23", localTime: "20:00:00", dateTime: "2026-11-23T19:00:00Z", dateTBD: false, dateTBA: false, timeTBA: false, noSpecificTime: false },
    timezone: "Europe/Amsterdam",
    status: { code: "onsale" },
    spanMultipleDays: false,
  },
  classifications: [{ primary: true, segment: { id: "KZFzniwnSyZfZ7v7nJ", name: "Music" }, genre: { id: "KnvZfZ7vAeA", name: "Rock" } }],
  priceRanges: [{ type: "standard", currency: "EUR", min: 49.5, max: 89.5 }],
  _links: { self: { href: `/discovery/v2/events/${id}?locale=en-us` } },
  _embedded: {
    venues: [tmVenue()],
    attractions: [tmAttraction("K8vZ9171ob7", "Arctic Monkeys", "https://open.spotify.com/artist/7Ln80lUS6He07XvHI8qqHH")],
  },
  ...over,
});

export const tmPage = (events: unknown[], page: { number: number; totalElements: number; size?: number }) => {
  const size = page.size ?? 200;
  return {
    ...(events.length ? { _embedded: { events } } : {}),
    _links: { self: { href: `/discovery/v2/events.json?page=${page.number}&size=${size}` } },
    page: { size, totalElements: page.totalElements, totalPages: Math.ceil(page.totalElements / size), number: page.number },
  };
};

export const tmFault = (faultstring: string, errorcode: string) => ({ fault: { faultstring, detail: { errorcode } } });

export const TM_INVALID_KEY = tmFault("Invalid ApiKey", "oauth.v2.InvalidApiKey");
export const TM_SPIKE_ARREST = tmFault("Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=5, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}", "policies.ratelimit.SpikeArrestViolation");
export const TM_QUOTA = tmFault("Rate limit quota violation. Quota limit  exceeded. Identifier : abc123", "policies.ratelimit.QuotaViolation");
export const TM_PAGING_TOO_DEEP = {
  errors: [{ code: "DIS1035", detail: "API Limits Exceeded: Max paging depth exceeded. (page * size) must be less than 1,000", status: "400", _links: { about: { href: "/discovery/v2/errors.html#DIS1035" } } }],
};
