-- Member organisations' addresses, organisation number and council decision; their contact persons
-- (politicians, civil servants, delegates); and the history of every change to them.

ALTER TABLE "Members" ADD COLUMN "CouncilDecisionDate" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "OrganisationNumber" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "StreetAddress" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "PostalCode" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "City" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "InvoiceAddress" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "InvoiceReference" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "Website" TEXT NULL;

ALTER TABLE "Members" ADD COLUMN "DetailsConfirmedAt" TEXT NULL;

CREATE TABLE "ContactPersons" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactPersons" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "Party" TEXT NULL,
    "Title" TEXT NULL,
    "Email" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "IsDelegate" INTEGER NOT NULL,
    "ShowPublicly" INTEGER NOT NULL,
    "StartedOn" TEXT NULL,
    "EndedOn" TEXT NULL,
    "UserId" TEXT NULL,
    "DetailsConfirmedAt" TEXT NULL,
    CONSTRAINT "FK_ContactPersons_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_ContactPersons_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ChangeLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ChangeLog" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "ContactPersonId" INTEGER NULL,
    "EntityType" TEXT NOT NULL,
    "Change" TEXT NOT NULL,
    "Property" TEXT NULL,
    "OldValue" TEXT NULL,
    "NewValue" TEXT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ChangeLog_ContactPersons_ContactPersonId" FOREIGN KEY ("ContactPersonId") REFERENCES "ContactPersons" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_ChangeLog_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ChangeLog_ContactPersonId" ON "ChangeLog" ("ContactPersonId");

CREATE INDEX "IX_ChangeLog_MemberId_ChangedAt" ON "ChangeLog" ("MemberId", "ChangedAt");

CREATE INDEX "IX_ContactPersons_Email" ON "ContactPersons" ("Email");

CREATE INDEX "IX_ContactPersons_MemberId_EndedOn" ON "ContactPersons" ("MemberId", "EndedOn");

CREATE INDEX "IX_ContactPersons_UserId" ON "ContactPersons" ("UserId");

CREATE INDEX "IX_Members_County" ON "Members" ("County");

CREATE UNIQUE INDEX "IX_Members_OrganisationNumber" ON "Members" ("OrganisationNumber");
