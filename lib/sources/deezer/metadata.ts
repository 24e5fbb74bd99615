import type { VendorMetadata } from "../metadata";

export const deezerMetadata = { id: "deezer", label: "Deezer", serves: ["similar_artists"] } as const satisfies VendorMetadata;
