import { z } from "zod";

// The kinds of setting read from the environment, shared by the app's settings (lib/config.ts) and
// each vendor's own (lib/sources/<vendor>/index.ts).

/** "true"/"1" or "false"/"0"; unset or empty means `def`. */
export const flag = (def: boolean) =>
  z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? def : v === "true" || v === "1"));

/** Trimmed; unset or blank means undefined (for a key: the source is not used). */
export const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** A whole number; unset or empty means `def`, like the other settings. */
export const int = (def: number, min: number, max: number) =>
  optional.pipe(z.coerce.number<string | undefined>({ error: "must be a whole number" }).int().min(min).max(max).default(def));

export const required = (hint: string) => z.string({ error: `is missing: ${hint}` }).min(1, { error: `is missing: ${hint}`, abort: true });

/** A URL; unset means `def` (an upstream's real address). */
export const url = (def: string) => z.url().default(def);

/** A URL with one of `protocols` (e.g. redis:, rediss:); unset or blank means undefined (not used). */
export const optionalUrl = (protocols: string[]) =>
  optional.pipe(
    z
      .url({ error: `must be a URL starting with ${protocols.join(" or ")}//` })
      .refine((v) => protocols.includes(new URL(v).protocol), { error: `must start with ${protocols.join(" or ")}//` })
      .optional(),
  );
