import type { ChainedCapability } from "@/lib/domain/capabilities";
import { NotSignedInError, UpstreamFailure, UpstreamRefusal, type UpstreamName } from "@/lib/domain/errors";
import type { Source } from "@/lib/domain/ports";
import type { FirstAsk, RefusalMemory } from "./refusal-memory";
import type { Warnings } from "./warnings";

// The one chain policy: how the sources of a capability are asked. A source that refused our app
// lately is skipped (and this request's warnings say why); a new refusal is remembered for every
// request; a rejected listener token stops everything; any other error is a failure, blamed on the
// upstream that failed. Three ways to ask: in order until one serves (firstServing), each for what
// the others are missing (fillMissing), or all at once (askAll).

/** Where a chain keeps its account: refusals remembered across requests, and this request's warnings. */
export interface ChainContext {
  refusals: RefusalMemory;
  warnings: Warnings;
}

export interface ChainFailure {
  culprit: UpstreamName;
  error: unknown;
}

/** Whether `source` refused `capability` lately; if so, this request's warnings say why. */
async function refusedLately(source: Source, capability: ChainedCapability, chain: ChainContext): Promise<boolean> {
  const refusal = await chain.refusals.refusal(source.id, capability);
  if (refusal) chain.warnings.refused(capability, source, refusal);
  return refusal !== undefined;
}

/** An error from `source`: rethrown when it stops everything, recorded when a refusal, else the failure to report. */
function failureOf(source: Source, capability: ChainedCapability, chain: ChainContext, error: unknown): ChainFailure | undefined {
  if (error instanceof NotSignedInError) throw error;
  if (error instanceof UpstreamRefusal) {
    const refusal = { reason: error.reason, explanation: error.explanation, resetsAt: error.resetsAt };
    chain.refusals.remember(source.id, capability, refusal);
    chain.warnings.refused(capability, source, refusal);
    return undefined;
  }
  // Blame the upstream that failed: Deezer's similar names are matched by Spotify search, so a search outage is Spotify's.
  return { culprit: error instanceof UpstreamFailure ? { id: error.upstream, label: error.label } : source, error };
}

type Asked<T> = { answer: T } | { failure?: ChainFailure };

/**
 * Ask one source, unless it refused lately. While nothing is known of it for this capability, the
 * first ask goes alone and the others wait for its outcome (a refusal is learned from one request,
 * not a burst). `refusedWithin` finds refusals inside an answer (a batch load's failed batches).
 */
async function ask<S extends Source, T>(
  source: S,
  capability: ChainedCapability,
  chain: ChainContext,
  call: (source: S) => Promise<T>,
  refusedWithin: (answer: T) => boolean = () => false,
): Promise<Asked<T>> {
  if (await refusedLately(source, capability, chain)) return {};
  const first = await chain.refusals.turn(source.id, capability);
  if (!first && (await refusedLately(source, capability, chain))) return {}; // learned while waiting
  let outcome: FirstAsk = "failed";
  try {
    const answer = await call(source);
    outcome = refusedWithin(answer) ? "refused" : "served";
    return { answer };
  } catch (error) {
    if (error instanceof UpstreamRefusal) outcome = "refused";
    return { failure: failureOf(source, capability, chain, error) };
  } finally {
    first?.(outcome);
  }
}

/**
 * Ask the sources in order until one gives a non-empty answer; a failing or empty source passes the
 * question on. Records who served, and reports a failure (for `subject`) only when no source answered.
 */
export async function firstServing<S extends Source, T>(
  sources: readonly S[],
  capability: ChainedCapability,
  chain: ChainContext,
  subject: string,
  call: (source: S) => Promise<T[]>,
): Promise<T[]> {
  let failed: ChainFailure | undefined;
  for (const source of sources) {
    const asked = await ask(source, capability, chain, call);
    if ("answer" in asked && asked.answer.length > 0) {
      chain.warnings.served(capability, source);
      return asked.answer;
    }
    if ("failure" in asked) failed ??= asked.failure;
  }
  if (failed) chain.warnings.addFailure(capability, failed.culprit, failed.error, subject);
  return [];
}

/** A batched answer by id: null or missing = none for that id; failed batches are in `errors`. */
export interface ByIdAnswer<V> {
  values: Map<string, V | null>;
  errors: unknown[];
}

/**
 * Ask each source in turn for the ids still without a value. Records who served; returns what was
 * found, and a failure when ids stay without a value, for the caller to name what it cost.
 */
export async function fillMissing<S extends Source, V>(
  sources: readonly S[],
  capability: ChainedCapability,
  chain: ChainContext,
  ids: readonly string[],
  call: (source: S, missing: string[]) => Promise<ByIdAnswer<V>>,
): Promise<{ found: Map<string, V>; failed?: ChainFailure }> {
  const found = new Map<string, V>();
  let missing = [...new Set(ids)];
  let failed: ChainFailure | undefined;
  for (const source of sources) {
    if (missing.length === 0) break;
    const asked = await ask(source, capability, chain, (s) => call(s, missing), (answer) => answer.errors.some((e) => e instanceof UpstreamRefusal));
    if (!("answer" in asked)) {
      failed ??= asked.failure;
      continue;
    }
    for (const error of asked.answer.errors) failed ??= failureOf(source, capability, chain, error);
    let served = false;
    for (const [id, value] of asked.answer.values) {
      if (value === null) continue;
      found.set(id, value);
      served = true;
    }
    if (served) chain.warnings.served(capability, source);
    missing = missing.filter((id) => !found.has(id));
  }
  return { found, failed: missing.length ? failed : undefined };
}

/**
 * Ask every source at once. Each answer is kept with its source, for the caller to merge; a source
 * that failed is reported (for `subjects`, if any) and left out, and so is one that refuses our app.
 */
export async function askAll<S extends Source, T>(
  sources: readonly S[],
  capability: ChainedCapability,
  chain: ChainContext,
  call: (source: S) => Promise<T>,
  ...subjects: string[]
): Promise<{ source: S; answer: T | null }[]> {
  return Promise.all(
    sources.map(async (source) => {
      const asked = await ask(source, capability, chain, call);
      if ("answer" in asked) return { source, answer: asked.answer };
      if (asked.failure) chain.warnings.addFailure(capability, asked.failure.culprit, asked.failure.error, ...subjects);
      return { source, answer: null };
    }),
  );
}
