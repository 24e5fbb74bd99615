import { optional, url } from "@/lib/env";
import { defineVendor } from "../vendor";
import { ticketmasterMetadata } from "./metadata";
import { TicketmasterSource } from "./ticketmaster-source";

/** Ticketmaster Discovery (a free key): every music event near a place. 5 requests a second and 5,000 a day. */
export const ticketmaster = defineVendor({
  metadata: ticketmasterMetadata,
  env: { TICKETMASTER_API_KEY: optional, TICKETMASTER_URL: url("https://app.ticketmaster.com/discovery/v2") },
  settings: (env) => (env.TICKETMASTER_API_KEY ? { url: env.TICKETMASTER_URL, apiKey: env.TICKETMASTER_API_KEY } : undefined),
  serve: ({ url, apiKey }, kit) => {
    const source = new TicketmasterSource(url, apiKey, kit.client({ concurrency: 5, rateLimit: 5, windowMs: 1000, dailyLimit: 5000 }), kit.shared);
    return { areaConcerts: [source], concertLookup: [source] };
  },
});
