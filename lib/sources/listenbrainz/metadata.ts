import type { VendorMetadata } from "../metadata";

export const listenbrainzMetadata = { id: "listenbrainz", label: "ListenBrainz", serves: ["top_artists"] } as const satisfies VendorMetadata;
