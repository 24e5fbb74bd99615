// Reading an upstream's answer at the boundary, the same way for every source: a body that does
// not fit the vendor's schema is an UpstreamFailure, and in a list one odd item costs only itself.
import type { z } from "zod";
import { UpstreamFailure, type UpstreamName } from "@/lib/domain/errors";
import type { UpstreamResponse } from "@/lib/http/upstream-client";

/**
 * The body of a 2xx answer, as `schema` reads it. Any other status, or a body that does not fit,
 * throws UpstreamFailure; `detail` adds what the vendor's error body says, if anything.
 */
export function expectAnswer<S extends z.ZodType>(source: UpstreamName, res: UpstreamResponse, schema: S, detail?: string): z.infer<S> {
  const ok = res.status >= 200 && res.status < 300;
  const parsed = ok ? schema.safeParse(res.body) : undefined;
  if (parsed?.success) return parsed.data;
  const why = detail ? `: ${detail}` : " with an unexpected body";
  throw new UpstreamFailure(source, ok ? "malformed" : "server_error", `${source.label} answered ${res.status}${why}`, res.status);
}

/** The items that fit `schema`, reshaped (a reshape may return null to skip an item it cannot use). */
export function eachValid<S extends z.ZodType, T>(items: readonly unknown[], schema: S, reshape: (item: z.infer<S>) => T | null): T[] {
  const out: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    const value = parsed.success ? reshape(parsed.data) : null;
    if (value !== null) out.push(value);
  }
  return out;
}
