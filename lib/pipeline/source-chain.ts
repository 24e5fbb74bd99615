import type { CapabilityKey, ChainedCapability } from "@/lib/domain/types";
import { NotSignedInError } from "@/lib/errors";
import { UpstreamFailure } from "@/lib/http/upstream-client";
import { CapabilityRestrictedError } from "@/lib/sources/errors";
import type { RestrictionMemory } from "./restriction-memory";
import type { Warnings } from "./warnings";

export interface ChainStep<S, T> {
  capability: ChainedCapability;
  restrictions: RestrictionMemory;
  warnings: Warnings;
  /** For whom the sources were asked (named in the warning when every source fails). */
  subject: string;
  call: (source: S) => Promise<T[]>;
}

/** Whether `source` refused `capability` lately (then it is skipped, and this request's warnings say why). */
export function refusedLately(restrictions: RestrictionMemory, source: string, capability: CapabilityKey, warnings: Warnings): boolean {
  const reason = restrictions.refusal(source, capability);
  if (reason === undefined) return false;
  warnings.refused(capability, source, reason);
  return true;
}

/** If `error` is `source` refusing `capability` to our app: remember it, record it, and say so. */
export function isRefusal(restrictions: RestrictionMemory, source: string, capability: CapabilityKey, error: unknown, warnings: Warnings): boolean {
  if (!(error instanceof CapabilityRestrictedError)) return false;
  restrictions.remember(source, capability, error.reason);
  warnings.refused(capability, source, error.reason);
  return true;
}

/**
 * Ask the sources of one capability in order until one gives a non-empty answer. A source that
 * refuses our app is remembered (and skipped until the memory fades); a failing or empty source
 * passes the question on. A rejected listener token stops everything. Records who served, and
 * reports a failure only when no source answered at all.
 */
export async function firstServing<S extends { readonly name: string }, T>(
  sources: readonly S[],
  step: ChainStep<S, T>,
): Promise<T[]> {
  const { capability, restrictions, warnings } = step;
  let failed: { source: string; error: unknown } | undefined;
  for (const source of sources) {
    if (refusedLately(restrictions, source.name, capability, warnings)) continue;
    try {
      const answer = await step.call(source);
      if (answer.length === 0) continue;
      warnings.served(capability, source.name);
      return answer;
    } catch (error) {
      if (error instanceof NotSignedInError) throw error;
      // Blame the upstream that failed: Deezer's similar names are matched by Spotify search, so a search outage is Spotify's.
      const culprit = error instanceof UpstreamFailure ? error.upstream : source.name;
      if (!isRefusal(restrictions, source.name, capability, error, warnings)) failed ??= { source: culprit, error };
    }
  }
  if (failed) warnings.addFailure(capability, failed.source, failed.error, step.subject);
  return [];
}
