-- The green key indicator definitions, data-protection keys shared by all instances,
-- and each user's preferred language for emails.

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);

CREATE TABLE "KeyIndicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KeyIndicators" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "NameSv" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Direction" INTEGER NOT NULL,
    "Definition" TEXT NULL,
    "DataSource" TEXT NULL,
    "ValidFromYear" INTEGER NOT NULL,
    "ValidToYear" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_KeyIndicators_Code_ValidFromYear" ON "KeyIndicators" ("Code", "ValidFromYear");

ALTER TABLE "AspNetUsers" ADD COLUMN "PreferredLanguage" TEXT NOT NULL DEFAULT 'sv';
