// One interface for caching PUBLIC upstream data (an artist's similar artists, tracks,
// a track's features, an artist's concerts, the concerts in an area). Never store anything that
// identifies a listener: keys are built from artist/track ids, artist names, places and date
// ranges only.

export interface PublicCache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  /** Several keys in one round trip (a shared store's MGET): audio features come by the hundred. */
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  setMany<T>(entries: [key: string, value: T][], ttlMs: number): Promise<void>;
}
