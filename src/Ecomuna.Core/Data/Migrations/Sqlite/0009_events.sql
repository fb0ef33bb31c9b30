-- Events and registrations for them.

CREATE TABLE "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "StartsAtUtc" TEXT NOT NULL,
    "EndsAtUtc" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "Place" TEXT NULL,
    "OnlineLink" TEXT NULL,
    "Audience" INTEGER NOT NULL,
    "WorkingGroupId" INTEGER NULL,
    "Capacity" INTEGER NULL,
    "ConfirmedCount" INTEGER NOT NULL,
    "RegistrationOpensAtUtc" TEXT NULL,
    "RegistrationDeadlineUtc" TEXT NULL,
    "MemberPrice" TEXT NOT NULL,
    "NetworkMemberPrice" TEXT NOT NULL,
    "NonMemberPrice" TEXT NOT NULL,
    "VatRate" TEXT NOT NULL,
    "IsAnnualMeeting" INTEGER NOT NULL,
    "CancelledAtUtc" TEXT NULL,
    "CalendarUid" TEXT NOT NULL,
    CONSTRAINT "FK_Events_WorkingGroups_WorkingGroupId" FOREIGN KEY ("WorkingGroupId") REFERENCES "WorkingGroups" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EventRegistrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventRegistrations" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Organisation" TEXT NULL,
    "MemberId" INTEGER NULL,
    "ContactPersonId" INTEGER NULL,
    "UserId" TEXT NULL,
    "RegisteredByUserId" TEXT NULL,
    "PriceCategory" INTEGER NOT NULL,
    "Price" TEXT NOT NULL,
    "DietaryNeeds" TEXT NULL,
    "AccessibilityNeeds" TEXT NULL,
    "RegisteredAtUtc" TEXT NOT NULL,
    "ConfirmedAtUtc" TEXT NULL,
    "CancelledAtUtc" TEXT NULL,
    "CheckedInAtUtc" TEXT NULL,
    "InvoiceId" INTEGER NULL,
    "AccessToken" TEXT NOT NULL,
    CONSTRAINT "FK_EventRegistrations_ContactPersons_ContactPersonId" FOREIGN KEY ("ContactPersonId") REFERENCES "ContactPersons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EventRegistrations_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventRegistrations_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EventRegistrations_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_EventRegistrations_AccessToken" ON "EventRegistrations" ("AccessToken");

CREATE INDEX "IX_EventRegistrations_ContactPersonId" ON "EventRegistrations" ("ContactPersonId");

CREATE INDEX "IX_EventRegistrations_EventId_Email" ON "EventRegistrations" ("EventId", "Email");

CREATE INDEX "IX_EventRegistrations_EventId_Status" ON "EventRegistrations" ("EventId", "Status");

CREATE INDEX "IX_EventRegistrations_InvoiceId" ON "EventRegistrations" ("InvoiceId");

CREATE INDEX "IX_EventRegistrations_MemberId" ON "EventRegistrations" ("MemberId");

CREATE INDEX "IX_EventRegistrations_UserId" ON "EventRegistrations" ("UserId");

CREATE UNIQUE INDEX "IX_Events_CalendarUid" ON "Events" ("CalendarUid");

CREATE INDEX "IX_Events_StartsAtUtc" ON "Events" ("StartsAtUtc");

CREATE INDEX "IX_Events_WorkingGroupId" ON "Events" ("WorkingGroupId");
