import type { VendorMetadata } from "../metadata";

export const lastfmMetadata = { id: "lastfm", label: "Last.fm", serves: ["similar_artists"] } as const satisfies VendorMetadata;
