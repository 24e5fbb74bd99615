// next-auth's log, one escaped and shortened line per event: what it logs can come from the request
// (a callback's ?error=, a callback URL), and its own logger would write it raw and whole.
import "server-only";
import type { LoggerInstance } from "next-auth";
import { logValue } from "@/lib/log/log-value";

export const authLogger: LoggerInstance = {
  error(code, metadata) {
    console.error(`[next-auth][error][${logValue(code, 60)}] ${logValue(errorText(metadata))}`);
  },
  warn(code) {
    console.warn(`[next-auth][warn][${logValue(code, 60)}]`);
  },
  debug() {},
};

function errorText(metadata: Error | { error: Error; [key: string]: unknown }): unknown {
  if (metadata instanceof Error) return metadata;
  return typeof metadata.message === "string" ? metadata.message : (metadata.error ?? metadata);
}
