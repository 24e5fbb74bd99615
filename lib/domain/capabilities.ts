// The one capability table: what the pipeline asks its sources for, each named once with its
// label for the listener, the words messages use, the progress stage it belongs to, and the
// warning it gives when no source could serve it. Warnings, the page's labels and the progress
// stages derive from it.

/** Live progress of a search, in the order the pipeline reaches each stage. */
export const PIPELINE_STAGES = ["top_artists", "related_artists", "features", "mixes", "concerts", "done"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Every warning code an answer can carry (a public enum: codes are never renamed). */
export const WARNING_CODES = [
  "source_fallback",
  "related_artists_unavailable",
  "audio_features_unavailable",
  "tracks_unavailable",
  "events_unavailable",
  "concerts_incomplete",
  "artist_not_found",
  "mixes_from_similar_artists",
  "too_few_artists",
  "discoveries_unavailable",
  "discoveries_partial",
  "discoveries_incomplete",
  "dates_shortened",
  "timed_out",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

interface CapabilityInfo {
  /** The capability named for the listener, as the page lists what an answer was built from. */
  label: string;
  /** What it is, inside a sentence ("similar artists from Deezer"). */
  what: string;
  /** The progress stage that waits for it. */
  stage: PipelineStage;
  /** The warning when no source could serve it, with what that costs, in the listener's words. */
  unavailable?: {
    code: WarningCode;
    /** After a refusal: "…, so only your top artists are included." */
    without: string;
    /** After failures: the sentence naming the subjects and the source that did not answer. */
    failed: (subjects: string, source: string, any: boolean) => string;
  };
}

export const CAPABILITIES = {
  top_artists: { label: "Your top artists", what: "top artists", stage: "top_artists" },
  similar_artists: {
    label: "Similar artists",
    what: "similar artists",
    stage: "related_artists",
    unavailable: {
      code: "related_artists_unavailable",
      without: "so only your top artists are included",
      failed: (s, l) => `Similar artists could not be fetched for ${s} (${l} did not answer).`,
    },
  },
  artist_tracks: {
    label: "Tracks",
    what: "tracks",
    stage: "features",
    unavailable: {
      code: "tracks_unavailable",
      without: "and no other source had tracks, so mixes could not be formed by sound",
      failed: (s, l) => `Tracks could not be fetched for ${s} (${l} did not answer); they were placed in the mix closest to the artists they relate to.`,
    },
  },
  track_features: {
    label: "How tracks sound",
    what: "audio features",
    stage: "features",
    unavailable: {
      code: "audio_features_unavailable",
      without: "and no other source had them, so mixes could not be formed by sound",
      failed: (s, l) => `Audio features could not be fetched for tracks by ${s} (${l} did not answer).`,
    },
  },
  concerts: {
    label: "Concerts",
    what: "concerts",
    stage: "concerts",
    unavailable: {
      code: "events_unavailable",
      without: "so no concerts could be looked up there",
      failed: (s, l, any) => (any ? `Concerts could not be looked up on ${l} for ${s}; try again in a moment.` : `${l} could not be searched for concerts; try again in a moment.`),
    },
  },
} as const satisfies Record<string, CapabilityInfo>;

export type CapabilityKey = keyof typeof CAPABILITIES;
/** In the order the pipeline uses them. */
export const CAPABILITY_KEYS = Object.keys(CAPABILITIES) as CapabilityKey[];
/** What the pipeline asks a chain of sources for (the listener's top artists come from their own account). */
export type ChainedCapability = Exclude<CapabilityKey, "top_artists">;

/** Something the pipeline could not fetch or had to work around; shown to the listener. */
export interface PipelineWarning {
  code: WarningCode;
  message: string;
  source?: string;
  /** Artist names or ids concerned, if any. */
  subjects?: string[];
}
