// What an answer was built from, and what it is missing, for the page: the sources that served
// each capability, the server's own plain-words notes about fallbacks (information, shown calmly)
// apart from warnings about missing data. Pure, so it is unit-tested without a browser.
import { CAPABILITIES, CAPABILITY_KEYS } from "@/lib/domain/capabilities";
import type { GetBinsResponse } from "@/lib/validations/responses";
import { labelOf } from "./source-labels";

export type WarningOut = GetBinsResponse["warnings"][number];
export type SourcesOut = GetBinsResponse["sources"];

/**
 * Codes that tell how the answer was made rather than what is missing: a fallback source was
 * used, or mixes were formed another way. Any other code (including ones added later) is shown
 * as a warning, with the server's message.
 */
const NOTE_CODES: ReadonlySet<string> = new Set<WarningOut["code"]>(["source_fallback", "mixes_from_similar_artists", "too_few_artists"]);

export interface BuiltFromRow {
  key: keyof SourcesOut;
  label: string;
  /** Display names, in the order the sources served. */
  sources: string[];
}

export interface AnswerNotes {
  builtFrom: BuiltFromRow[];
  /** How the answer was made, in the server's words. */
  notes: { code: WarningOut["code"]; text: string }[];
  /** What could not be fetched, in the server's words. */
  problems: { code: WarningOut["code"]; text: string }[];
}

/** "A, B, C and 2 more": the subjects a message does not already name. */
function subjectsSuffix(message: string, subjects: string[] | undefined): string {
  if (!subjects?.length) return "";
  const missing = subjects.filter((s) => !message.includes(s));
  // The server's message names the subjects itself (perhaps shortened to "… and N more").
  if (missing.length < subjects.length) return "";
  const shown = missing.slice(0, 4).join(", ");
  return missing.length > 4 ? ` (${shown} and ${missing.length - 4} more)` : ` (${shown})`;
}

function plain(w: WarningOut): string {
  const message = w.message.trim();
  return `${message}${subjectsSuffix(message, w.subjects)}`;
}

/** `labels`: the sources' names for people (from the server's registry). */
export function answerNotes(warnings: WarningOut[], sources: SourcesOut | undefined, labels: Record<string, string>): AnswerNotes {
  const builtFrom = CAPABILITY_KEYS.flatMap((key) => {
    const served = sources?.[key] ?? [];
    return served.length ? [{ key, label: CAPABILITIES[key].label, sources: [...new Set(served)].map((id) => labelOf(labels, id)) }] : [];
  });
  const notes: AnswerNotes["notes"] = [];
  const problems: AnswerNotes["problems"] = [];
  const seen = new Set<string>();
  for (const w of warnings) {
    const text = plain(w);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    (NOTE_CODES.has(w.code) ? notes : problems).push({ code: w.code, text });
  }
  return { builtFrom, notes, problems };
}
