// Values that came with a request (a query parameter, a provider's error text) go into the server's
// log only through logValue: one line each, never a forged line, never a wall of text.

/** Controls (CR, LF, NUL, ESC, DEL, C1), invisible formats (bidi overrides), line separators, private, unassigned and lone surrogate code points. */
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/gu;

/** At most `max` characters of the value, with every unprintable character written as a \u escape. */
export function logValue(value: unknown, max = 300): string {
  const chars = [...text(value)];
  const kept = chars.length > max ? `${chars.slice(0, max).join("")}… (${chars.length - max} more characters)` : chars.join("");
  return kept.replace(UNPRINTABLE, escape);
}

function escape(c: string): string {
  const code = c.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.name ? `${value.name}: ${value.message}` : value.message;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
