-- Erasure requests, and when an account was made and last invited (to remove invitations never accepted).

ALTER TABLE "AspNetUsers" ADD COLUMN "CreatedAtUtc" TEXT NULL;

ALTER TABLE "AspNetUsers" ADD COLUMN "InvitedAtUtc" TEXT NULL;

CREATE TABLE "ErasureRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ErasureRequests" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "RequestedAtUtc" TEXT NOT NULL,
    "DoneBy" TEXT NULL,
    "DoneAtUtc" TEXT NULL,
    "Outcome" TEXT NULL
);

CREATE INDEX "IX_ErasureRequests_Status_RequestedAtUtc" ON "ErasureRequests" ("Status", "RequestedAtUtc");
