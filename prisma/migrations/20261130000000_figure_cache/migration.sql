-- Dashboard figures shared by everyone with the same scope and filters, for a short time.
-- UNLOGGED: after a crash it is simply empty, and it needs no WAL or replication.
CREATE UNLOGGED TABLE "figure_cache" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_cache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "figure_cache_computed_at_idx" ON "figure_cache"("computed_at");
