// Everything a Redis holds, read back for the privacy tests: every key, and its value whatever its
// type (strings as bytes, sorted sets with their scores, hashes, lists, sets), as text to search.
import Redis from "ioredis";

export interface RedisEntry {
  key: string;
  type: string;
  /** The value as text (bytes as latin1, so nothing is lost). */
  value: string;
}

export interface RedisDump {
  entries: RedisEntry[];
  /** Every key and value, one entry a line. */
  text: string;
  /** Every list of ids (objects with an `id`) in a JSON value. */
  idLists: string[][];
}

async function valueOf(redis: Redis, key: string, type: string): Promise<string> {
  switch (type) {
    case "string":
      return ((await redis.getBuffer(key)) ?? Buffer.alloc(0)).toString("latin1");
    case "zset":
      return (await redis.zrange(key, 0, -1, "WITHSCORES")).join(" ");
    case "hash":
      return JSON.stringify(await redis.hgetall(key));
    case "list":
      return (await redis.lrange(key, 0, -1)).join(" ");
    case "set":
      return (await redis.smembers(key)).join(" ");
    default:
      return `(${type})`;
  }
}

/** Every list of ids (objects with an `id`) anywhere inside a value. */
export function idLists(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    const ids = value.map((v) => (v && typeof v === "object" && "id" in v ? String((v as { id: unknown }).id) : null));
    if (ids.length > 1 && ids.every((id) => id !== null)) out.push(ids as string[]);
    value.forEach((v) => idLists(v, out));
  } else if (value && typeof value === "object") {
    Object.values(value).forEach((v) => idLists(v, out));
  }
  return out;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function redisDump(url: string): Promise<RedisDump> {
  const redis = new Redis(url, { lazyConnect: true });
  await redis.connect();
  try {
    const keys: string[] = [];
    let cursor = "0";
    do {
      const [next, batch] = await redis.scan(cursor, "COUNT", 1000);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== "0");
    const entries: RedisEntry[] = [];
    for (const key of keys.sort()) {
      const type = await redis.type(key);
      if (type === "none") continue; // expired meanwhile
      entries.push({ key, type, value: await valueOf(redis, key, type) });
    }
    return {
      entries,
      text: entries.map((e) => `${e.key} ${e.value}`).join("\n"),
      idLists: entries.flatMap((e) => (e.type === "string" ? idLists(parsed(e.value)) : [])),
    };
  } finally {
    redis.disconnect();
  }
}
