-- Reporting the green key indicators: reporting years, each member's report and values, corrections with
-- their history, and the indicators' Swedish definition and plausible range.

ALTER TABLE "KeyIndicators" ADD COLUMN "DefinitionSv" TEXT NULL;
ALTER TABLE "KeyIndicators" ADD COLUMN "PlausibleMin" REAL NULL;
ALTER TABLE "KeyIndicators" ADD COLUMN "PlausibleMax" REAL NULL;

CREATE TABLE "ReportingYears" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReportingYears" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "Deadline" TEXT NOT NULL,
    "OpenedAtUtc" TEXT NOT NULL,
    "ClosedAtUtc" TEXT NULL
);

CREATE TABLE "IndicatorReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorReports" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "SubmittedBy" TEXT NULL,
    CONSTRAINT "FK_IndicatorReports_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorValues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorValues" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "KeyIndicatorId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" REAL NOT NULL,
    "Comment" TEXT NULL,
    "Source" TEXT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_IndicatorValues_KeyIndicators_KeyIndicatorId" FOREIGN KEY ("KeyIndicatorId") REFERENCES "KeyIndicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IndicatorValues_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorValueChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorValueChanges" PRIMARY KEY AUTOINCREMENT,
    "IndicatorValueId" INTEGER NOT NULL,
    "OldValue" REAL NOT NULL,
    "NewValue" REAL NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAtUtc" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_IndicatorValueChanges_IndicatorValues_IndicatorValueId" FOREIGN KEY ("IndicatorValueId") REFERENCES "IndicatorValues" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ReportingYears_Year" ON "ReportingYears" ("Year");

CREATE UNIQUE INDEX "IX_IndicatorReports_MemberId_Year" ON "IndicatorReports" ("MemberId", "Year");

CREATE INDEX "IX_IndicatorReports_Year_Status" ON "IndicatorReports" ("Year", "Status");

CREATE INDEX "IX_IndicatorValues_KeyIndicatorId_Year_Value" ON "IndicatorValues" ("KeyIndicatorId", "Year", "Value");

CREATE UNIQUE INDEX "IX_IndicatorValues_MemberId_KeyIndicatorId_Year" ON "IndicatorValues" ("MemberId", "KeyIndicatorId", "Year");

CREATE INDEX "IX_IndicatorValueChanges_IndicatorValueId" ON "IndicatorValueChanges" ("IndicatorValueId");
