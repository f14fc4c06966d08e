// Types of ./handler.mjs (plain JavaScript: Next loads it at run time).
type Entry = { lastModified: number; value: unknown };
type Context = { tags?: string[]; softTags?: string[] };
export default class SharedTagCache {
  get(key: string, ctx?: Context): Promise<Entry | null>;
  set(key: string, data: unknown, ctx?: Context): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export declare function closeCacheDatabase(): Promise<void>;
