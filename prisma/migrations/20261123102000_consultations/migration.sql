-- Per-year counter behind consultation reference numbers (K-2026-0042).
-- pg-boss keeps its own tables in schema "pgboss" and creates them itself.
CREATE TABLE "ConsultationReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConsultationReferenceCounter_pkey" PRIMARY KEY ("year")
);
