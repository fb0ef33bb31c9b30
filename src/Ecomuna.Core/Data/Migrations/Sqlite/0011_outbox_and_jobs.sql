-- The email outbox (mail waits here until the background sender delivers it), suppressed addresses, the
-- sender's pause switch, the scheduled jobs' state and the reminders they have sent.

CREATE TABLE "EmailSuppressions" (
    "Address" TEXT NOT NULL CONSTRAINT "PK_EmailSuppressions" PRIMARY KEY,
    "Reason" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "Headers" TEXT NULL,
    "Kind" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAtUtc" TEXT NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntilUtc" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "SentAtUtc" TEXT NULL
);

CREATE TABLE "OutboxSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxSettings" PRIMARY KEY,
    "Paused" INTEGER NOT NULL,
    "ChangedAtUtc" TEXT NULL,
    "ChangedBy" TEXT NULL
);

CREATE TABLE "ScheduledJobs" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_ScheduledJobs" PRIMARY KEY,
    "NextRunAtUtc" TEXT NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntilUtc" TEXT NULL,
    "LastStartedAtUtc" TEXT NULL,
    "LastFinishedAtUtc" TEXT NULL,
    "LastSucceeded" INTEGER NULL,
    "LastSummary" TEXT NULL,
    "LastCounts" TEXT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "SentReminders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SentReminders" PRIMARY KEY AUTOINCREMENT,
    "Job" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "OutboxAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxAttachments" PRIMARY KEY AUTOINCREMENT,
    "OutboxMessageId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    CONSTRAINT "FK_OutboxAttachments_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_OutboxAttachments_OutboxMessageId" ON "OutboxAttachments" ("OutboxMessageId");

CREATE INDEX "IX_OutboxMessages_LeaseOwner" ON "OutboxMessages" ("LeaseOwner");

CREATE INDEX "IX_OutboxMessages_Status_NextAttemptAtUtc" ON "OutboxMessages" ("Status", "NextAttemptAtUtc");

CREATE UNIQUE INDEX "IX_SentReminders_Job_Key" ON "SentReminders" ("Job", "Key");
