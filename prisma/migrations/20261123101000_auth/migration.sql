-- "Sign out everywhere": sessions are JWTs, so revocation compares the
-- token's version with this counter on every request.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
