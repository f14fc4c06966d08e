// Types of ./tag-expiry.mjs (plain JavaScript, shared with Next's cache handler).
export declare const EXPIRE_TAGS_SQL: string;
export declare const LATEST_EXPIRY_SQL: string;
