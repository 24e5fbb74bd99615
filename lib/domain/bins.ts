// The public API's response types, derived from the zod schemas that also generate the OpenAPI
// document (lib/validations/responses.ts). Field names follow the original Gigscovery API.
import type { z } from "zod";
import type { binsResponse, errorResponse, trackFeaturesResponse, userArtistsResponse } from "@/lib/validations/responses";

export type GetBinsResponse = z.infer<typeof binsResponse>;
export type BinOut = GetBinsResponse["user_bins"][number];
export type BinReason = BinOut["bin_reason"][number];
export type ConcertOut = BinOut["concerts"][number][number];
export type MixConcertOut = BinOut["mix_concerts"][number];
export type UserArtistsResponse = z.infer<typeof userArtistsResponse>;
export type TrackFeaturesResponse = z.infer<typeof trackFeaturesResponse>;
export type ErrorResponse = z.infer<typeof errorResponse>;
