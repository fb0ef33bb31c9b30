-- Governance: appointments to the board, the civil servants' forum and working groups, with terms.

CREATE TABLE "WorkingGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkingGroups" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Purpose" TEXT NULL,
    "CreatedOn" TEXT NOT NULL,
    "ClosedOn" TEXT NULL
);

CREATE TABLE "Appointments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Appointments" PRIMARY KEY AUTOINCREMENT,
    "Body" INTEGER NOT NULL,
    "WorkingGroupId" INTEGER NULL,
    "ContactPersonId" INTEGER NOT NULL,
    "Seat" INTEGER NOT NULL,
    "IsChair" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    CONSTRAINT "FK_Appointments_ContactPersons_ContactPersonId" FOREIGN KEY ("ContactPersonId") REFERENCES "ContactPersons" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Appointments_WorkingGroups_WorkingGroupId" FOREIGN KEY ("WorkingGroupId") REFERENCES "WorkingGroups" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Appointments_Body_To" ON "Appointments" ("Body", "To");

CREATE INDEX "IX_Appointments_ContactPersonId" ON "Appointments" ("ContactPersonId");

CREATE INDEX "IX_Appointments_WorkingGroupId" ON "Appointments" ("WorkingGroupId");
