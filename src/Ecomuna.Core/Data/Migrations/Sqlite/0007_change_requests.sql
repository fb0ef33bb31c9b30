-- Members' requests to the secretariat to change their population, a delegate or their membership (resignation).

CREATE TABLE "MemberChangeRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MemberChangeRequests" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "PopulationYear" INTEGER NULL,
    "Population" INTEGER NULL,
    "PopulationReferenceDate" TEXT NULL,
    "PopulationSource" TEXT NULL,
    "ContactPersonId" INTEGER NULL,
    "MakeDelegate" INTEGER NULL,
    "ResignationDate" TEXT NULL,
    "Comment" TEXT NULL,
    "RequestedByUserId" TEXT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "DeclineReason" TEXT NULL,
    CONSTRAINT "FK_MemberChangeRequests_AspNetUsers_RequestedByUserId" FOREIGN KEY ("RequestedByUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MemberChangeRequests_ContactPersons_ContactPersonId" FOREIGN KEY ("ContactPersonId") REFERENCES "ContactPersons" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MemberChangeRequests_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_MemberChangeRequests_ContactPersonId" ON "MemberChangeRequests" ("ContactPersonId");

CREATE INDEX "IX_MemberChangeRequests_MemberId_Status" ON "MemberChangeRequests" ("MemberId", "Status");

CREATE INDEX "IX_MemberChangeRequests_RequestedByUserId" ON "MemberChangeRequests" ("RequestedByUserId");

CREATE INDEX "IX_MemberChangeRequests_Status" ON "MemberChangeRequests" ("Status");
