// Live progress of get_bins, streamed as NDJSON by /api/get_bins/stream: one JSON object per line.
import type { GetBinsResponse } from "./bins";

export type PipelineStage =
  | "top_artists" // the listener's top artists are known
  | "related_artists" // related artists are known (the full artist set)
  | "features" // audio features for the artists are known
  | "mixes" // artists are clustered into mixes
  | "concerts" // one artist's concerts were looked up (sent once per artist)
  | "done";

export type ProgressEvent =
  | { type: "stage"; stage: PipelineStage; message: string; done?: number; total?: number }
  | { type: "result"; data: GetBinsResponse }
  | { type: "error"; status: number; error: string; issues?: { field: string; message: string }[] };
