-- Event fees on invoices: an invoice may charge a guest or a network member (no member) for an event, and a credit
-- note may cancel single lines of it. Registrations remember the person's language and invoice line, and one address
-- holds at most one active registration per event.

ALTER TABLE "Invoices" ALTER COLUMN "MemberId" DROP NOT NULL;

ALTER TABLE "Invoices" ADD "EventId" integer;

ALTER TABLE "Invoices" ADD CONSTRAINT "FK_Invoices_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_Invoices_EventId" ON "Invoices" ("EventId");

ALTER TABLE "Invoices" ADD "CreditedAmount" numeric(12,2) NOT NULL DEFAULT 0;

UPDATE "Invoices" SET "CreditedAmount" = "Total" WHERE "IsCredited";

ALTER TABLE "Invoices" ALTER COLUMN "CreditedAmount" DROP DEFAULT;

ALTER TABLE "InvoiceLines" ADD "CreditNoteId" integer;

ALTER TABLE "InvoiceLines" ADD CONSTRAINT "FK_InvoiceLines_Invoices_CreditNoteId" FOREIGN KEY ("CreditNoteId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_InvoiceLines_CreditNoteId" ON "InvoiceLines" ("CreditNoteId");

-- Lines of invoices credited in full before credit notes named their lines.
UPDATE "InvoiceLines" AS l SET "CreditNoteId" = (SELECT n."Id" FROM "Invoices" n WHERE n."CreditedInvoiceId" = l."InvoiceId" ORDER BY n."Id" LIMIT 1)
WHERE EXISTS (SELECT 1 FROM "Invoices" n WHERE n."CreditedInvoiceId" = l."InvoiceId");

ALTER TABLE "EventRegistrations" ADD "InvoiceAddress" character varying(500);

ALTER TABLE "EventRegistrations" ADD "Language" character varying(8);

ALTER TABLE "EventRegistrations" ADD "InvoiceLineId" integer;

ALTER TABLE "EventRegistrations" ADD CONSTRAINT "FK_EventRegistrations_InvoiceLines_InvoiceLineId" FOREIGN KEY ("InvoiceLineId") REFERENCES "InvoiceLines" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_EventRegistrations_InvoiceLineId" ON "EventRegistrations" ("InvoiceLineId");

UPDATE "EventRegistrations" SET "Email" = lower(trim("Email"));

DROP INDEX "IX_EventRegistrations_EventId_Email";

CREATE UNIQUE INDEX "IX_EventRegistrations_EventId_Email" ON "EventRegistrations" ("EventId", "Email") WHERE "Status" <> 4;
