import type { VendorMetadata } from "../metadata";

export const ticketmasterMetadata = {
  id: "ticketmaster",
  label: "Ticketmaster",
  serves: ["concerts"],
  key: { setting: "TICKETMASTER_API_KEY", how: "a free Ticketmaster Discovery API key", free: true },
} as const satisfies VendorMetadata;
