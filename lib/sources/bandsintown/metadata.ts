import type { VendorMetadata } from "../metadata";

export const bandsintownMetadata = {
  id: "bandsintown",
  label: "Bandsintown",
  serves: ["concerts"],
  key: { setting: "BANDSINTOWN_APP_ID", how: "Bandsintown gives them to artists and partners", free: false },
} as const satisfies VendorMetadata;
