import type { VendorMetadata } from "../metadata";

export const lastfmMetadata = { id: "lastfm", label: "Last.fm", serves: ["top_artists", "similar_artists"] } as const satisfies VendorMetadata;
