-- Newsletters, their public subscribers with the consent they gave, the addresses that unsubscribed, and which
-- newsletter an outbox message belongs to.

ALTER TABLE "OutboxMessages" ADD COLUMN "NewsletterId" INTEGER NULL;

CREATE INDEX "IX_OutboxMessages_NewsletterId_Status" ON "OutboxMessages" ("NewsletterId", "Status");

CREATE TABLE "Newsletters" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Newsletters" PRIMARY KEY AUTOINCREMENT,
    "SubjectSv" TEXT NULL,
    "BodySv" TEXT NULL,
    "SubjectEn" TEXT NULL,
    "BodyEn" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "ScheduledAtUtc" TEXT NULL,
    "SentAtUtc" TEXT NULL,
    "RecipientCount" INTEGER NOT NULL,
    "AudienceRoles" TEXT NOT NULL,
    "AudienceDelegates" INTEGER NOT NULL,
    "AudienceMemberKinds" TEXT NOT NULL,
    "AudienceNetworkCategories" TEXT NOT NULL,
    "AudienceBoard" INTEGER NOT NULL,
    "AudienceForum" INTEGER NOT NULL,
    "AudienceWorkingGroups" TEXT NOT NULL,
    "AudienceSubscribers" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE INDEX "IX_Newsletters_Status_ScheduledAtUtc" ON "Newsletters" ("Status", "ScheduledAtUtc");

CREATE TABLE "NewsletterSubscribers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NewsletterSubscribers" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Language" TEXT NOT NULL,
    "ConsentText" TEXT NOT NULL,
    "ConsentLanguage" TEXT NOT NULL,
    "ConsentGivenAtUtc" TEXT NOT NULL,
    "ConfirmedAtUtc" TEXT NULL,
    "UnsubscribedAtUtc" TEXT NULL
);

CREATE UNIQUE INDEX "IX_NewsletterSubscribers_Email" ON "NewsletterSubscribers" ("Email");

CREATE TABLE "NewsletterOptOuts" (
    "Email" TEXT NOT NULL CONSTRAINT "PK_NewsletterOptOuts" PRIMARY KEY,
    "CreatedAtUtc" TEXT NOT NULL
);
