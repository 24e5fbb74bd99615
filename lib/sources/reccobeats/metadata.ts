import type { VendorMetadata } from "../metadata";

export const reccobeatsMetadata = { id: "reccobeats", label: "ReccoBeats", serves: ["track_features"] } as const satisfies VendorMetadata;
