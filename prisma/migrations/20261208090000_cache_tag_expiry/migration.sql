-- Expiry times of the public data cache's tags, shared by every Next process (lib/cache/handler.mjs).
CREATE TABLE "CacheTagExpiry" (
    "tag" TEXT NOT NULL,
    "expiredAt" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CacheTagExpiry_pkey" PRIMARY KEY ("tag")
);
