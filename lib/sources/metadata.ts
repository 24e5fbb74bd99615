import type { CapabilityKey } from "@/lib/domain/capabilities";

/** How a vendor describes itself: who it is, what it can serve, for the answer's `sources`, the page and the startup log. */
export interface VendorMetadata {
  /** As `sources` and cache keys name it. */
  id: string;
  /** Its name for people. */
  label: string;
  /** The capabilities it can serve (when configured). */
  serves: readonly CapabilityKey[];
  /** Further source ids it serves under, with their names (Spotify's search, the listener's own top tracks). */
  sources?: Record<string, string>;
  /** The key it cannot serve without: the setting, and how to get one (said when no concert source is set). */
  key?: { setting: string; how: string; free: boolean };
}
