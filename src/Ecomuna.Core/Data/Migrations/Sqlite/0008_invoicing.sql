-- Fee schedules, invoices and credit notes, payments and imported bank files.

CREATE TABLE "FeeSchedules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FeeSchedules" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "DecidedOn" TEXT NULL,
    "MunicipalityFixedFee" TEXT NOT NULL,
    "MunicipalityFeePerInhabitant" TEXT NOT NULL,
    "PopulationCap" INTEGER NOT NULL,
    "RegionFee" TEXT NOT NULL,
    "TrainingCentreFee" TEXT NOT NULL,
    "EducatorOrConsultantFee" TEXT NOT NULL,
    "ResearcherFee" TEXT NOT NULL,
    "FriendFee" TEXT NOT NULL,
    "VatRate" TEXT NOT NULL
);

CREATE TABLE "InvoiceNumberSeries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InvoiceNumberSeries" PRIMARY KEY,
    "LastNumber" INTEGER NOT NULL
);

CREATE TABLE "BgMaxImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BgMaxImports" PRIMARY KEY AUTOINCREMENT,
    "FileHash" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL,
    "ImportedBy" TEXT NOT NULL,
    "PaymentCount" INTEGER NOT NULL,
    "MatchedCount" INTEGER NOT NULL,
    "Total" TEXT NOT NULL
);

CREATE TABLE "Invoices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Invoices" PRIMARY KEY AUTOINCREMENT,
    "Number" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "CreditedInvoiceId" INTEGER NULL,
    "IsCredited" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
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
    CONSTRAINT "FK_Invoices_FeeSchedules_FeeScheduleId" FOREIGN KEY ("FeeScheduleId") REFERENCES "FeeSchedules" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_Invoices_CreditedInvoiceId" FOREIGN KEY ("CreditedInvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "InvoiceLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InvoiceLines" PRIMARY KEY AUTOINCREMENT,
    "InvoiceId" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "VatRate" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    CONSTRAINT "FK_InvoiceLines_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Payments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Payments" PRIMARY KEY AUTOINCREMENT,
    "InvoiceId" INTEGER NULL,
    "PaidOn" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Source" INTEGER NOT NULL,
    "Reference" TEXT NULL,
    "PayerName" TEXT NULL,
    "BankSerialNumber" TEXT NULL,
    "BgMaxImportId" INTEGER NULL,
    "NeedsReview" INTEGER NOT NULL,
    "ReviewNote" TEXT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "RegisteredBy" TEXT NOT NULL,
    CONSTRAINT "FK_Payments_BgMaxImports_BgMaxImportId" FOREIGN KEY ("BgMaxImportId") REFERENCES "BgMaxImports" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Payments_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "InvoiceSends" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InvoiceSends" PRIMARY KEY AUTOINCREMENT,
    "InvoiceId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "To" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    CONSTRAINT "FK_InvoiceSends_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_BgMaxImports_FileHash" ON "BgMaxImports" ("FileHash");

CREATE UNIQUE INDEX "IX_FeeSchedules_Year" ON "FeeSchedules" ("Year");

CREATE INDEX "IX_InvoiceLines_InvoiceId" ON "InvoiceLines" ("InvoiceId");

CREATE INDEX "IX_Invoices_CreditedInvoiceId" ON "Invoices" ("CreditedInvoiceId");

CREATE INDEX "IX_Invoices_FeeScheduleId" ON "Invoices" ("FeeScheduleId");

CREATE INDEX "IX_Invoices_IssueDate_Kind" ON "Invoices" ("IssueDate", "Kind");

CREATE UNIQUE INDEX "IX_Invoices_MemberId_FeeYear" ON "Invoices" ("MemberId", "FeeYear");

CREATE UNIQUE INDEX "IX_Invoices_Number" ON "Invoices" ("Number");

CREATE UNIQUE INDEX "IX_Invoices_OcrReference" ON "Invoices" ("OcrReference");

CREATE INDEX "IX_InvoiceSends_InvoiceId_Kind" ON "InvoiceSends" ("InvoiceId", "Kind");

CREATE UNIQUE INDEX "IX_Payments_BankSerialNumber" ON "Payments" ("BankSerialNumber");

CREATE INDEX "IX_Payments_BgMaxImportId" ON "Payments" ("BgMaxImportId");

CREATE INDEX "IX_Payments_InvoiceId" ON "Payments" ("InvoiceId");

CREATE INDEX "IX_Payments_NeedsReview" ON "Payments" ("NeedsReview");
