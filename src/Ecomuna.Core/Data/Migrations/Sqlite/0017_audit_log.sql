-- The audit log: security events and admin actions, with indexes for the admin page's filters (time, kind, actor).

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "ActorUserId" TEXT NULL,
    "ActorEmail" TEXT NULL,
    "ActorName" TEXT NULL,
    "IpAddress" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "TargetType" TEXT NULL,
    "TargetId" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "Outcome" INTEGER NOT NULL
);

CREATE INDEX "IX_AuditEntries_AtUtc" ON "AuditEntries" ("AtUtc");

CREATE INDEX "IX_AuditEntries_Kind_AtUtc" ON "AuditEntries" ("Kind", "AtUtc");

CREATE INDEX "IX_AuditEntries_ActorEmail_AtUtc" ON "AuditEntries" ("ActorEmail", "AtUtc");
