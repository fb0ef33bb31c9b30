-- Event fees on invoices: an invoice may charge a guest or a network member (no member) for an event, and a credit
-- note may cancel single lines of it. Registrations remember the person's language and invoice line, and one address
-- holds at most one active registration per event.

-- Invoices is rebuilt, as SQLite cannot drop NOT NULL from a column (foreign keys are off while migrations run).
CREATE TABLE "ef_temp_Invoices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Invoices" PRIMARY KEY AUTOINCREMENT,
    "Number" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "CreditedInvoiceId" INTEGER NULL,
    "IsCredited" INTEGER NOT NULL,
    "CreditedAmount" TEXT NOT NULL,
    "MemberId" INTEGER NULL,
    "EventId" INTEGER NULL,
    "FeeYear" INTEGER NULL,
    "FeeScheduleId" INTEGER NULL,
    "PopulationUsed" INTEGER NULL,
    "IssueDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "OcrReference" TEXT NOT NULL,
    "BuyerName" TEXT NOT NULL,
    "BuyerAddress" TEXT NOT NULL,
    "BuyerReference" TEXT NULL,
    "BuyerOrganisationNumber" TEXT NULL,
    "NetAmount" TEXT NOT NULL,
    "VatAmount" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "PaidAmount" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Invoices_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_FeeSchedules_FeeScheduleId" FOREIGN KEY ("FeeScheduleId") REFERENCES "FeeSchedules" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_Invoices_CreditedInvoiceId" FOREIGN KEY ("CreditedInvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Invoices" ("Id", "Number", "Kind", "CreditedInvoiceId", "IsCredited", "CreditedAmount", "MemberId", "EventId",
    "FeeYear", "FeeScheduleId", "PopulationUsed", "IssueDate", "DueDate", "OcrReference", "BuyerName", "BuyerAddress", "BuyerReference",
    "BuyerOrganisationNumber", "NetAmount", "VatAmount", "Total", "PaidAmount", "IssuedAt", "IssuedBy")
SELECT "Id", "Number", "Kind", "CreditedInvoiceId", "IsCredited", CASE WHEN "IsCredited" THEN "Total" ELSE '0.0' END, "MemberId", NULL,
    "FeeYear", "FeeScheduleId", "PopulationUsed", "IssueDate", "DueDate", "OcrReference", "BuyerName", "BuyerAddress", "BuyerReference",
    "BuyerOrganisationNumber", "NetAmount", "VatAmount", "Total", "PaidAmount", "IssuedAt", "IssuedBy"
FROM "Invoices";

DROP TABLE "Invoices";

ALTER TABLE "ef_temp_Invoices" RENAME TO "Invoices";

CREATE INDEX "IX_Invoices_CreditedInvoiceId" ON "Invoices" ("CreditedInvoiceId");

CREATE INDEX "IX_Invoices_EventId" ON "Invoices" ("EventId");

CREATE INDEX "IX_Invoices_FeeScheduleId" ON "Invoices" ("FeeScheduleId");

CREATE INDEX "IX_Invoices_IssueDate_Kind" ON "Invoices" ("IssueDate", "Kind");

CREATE UNIQUE INDEX "IX_Invoices_MemberId_FeeYear" ON "Invoices" ("MemberId", "FeeYear");

CREATE UNIQUE INDEX "IX_Invoices_Number" ON "Invoices" ("Number");

CREATE UNIQUE INDEX "IX_Invoices_OcrReference" ON "Invoices" ("OcrReference");

ALTER TABLE "InvoiceLines" ADD COLUMN "CreditNoteId" INTEGER NULL CONSTRAINT "FK_InvoiceLines_Invoices_CreditNoteId" REFERENCES "Invoices" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_InvoiceLines_CreditNoteId" ON "InvoiceLines" ("CreditNoteId");

-- Lines of invoices credited in full before credit notes named their lines.
UPDATE "InvoiceLines" SET "CreditNoteId" = (SELECT n."Id" FROM "Invoices" n WHERE n."CreditedInvoiceId" = "InvoiceLines"."InvoiceId" ORDER BY n."Id" LIMIT 1)
WHERE EXISTS (SELECT 1 FROM "Invoices" n WHERE n."CreditedInvoiceId" = "InvoiceLines"."InvoiceId");

ALTER TABLE "EventRegistrations" ADD COLUMN "InvoiceAddress" TEXT NULL;

ALTER TABLE "EventRegistrations" ADD COLUMN "Language" TEXT NULL;

ALTER TABLE "EventRegistrations" ADD COLUMN "InvoiceLineId" INTEGER NULL CONSTRAINT "FK_EventRegistrations_InvoiceLines_InvoiceLineId" REFERENCES "InvoiceLines" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_EventRegistrations_InvoiceLineId" ON "EventRegistrations" ("InvoiceLineId");

UPDATE "EventRegistrations" SET "Email" = lower(trim("Email"));

DROP INDEX "IX_EventRegistrations_EventId_Email";

CREATE UNIQUE INDEX "IX_EventRegistrations_EventId_Email" ON "EventRegistrations" ("EventId", "Email") WHERE "Status" <> 4;
