-- The public site: news posts, editable pages with their versions, partner networks and the cooperation timeline, accessibility reports.

CREATE TABLE "AccessibilityReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AccessibilityReports" PRIMARY KEY AUTOINCREMENT,
    "Page" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Email" TEXT NULL,
    "Language" TEXT NOT NULL,
    "ReceivedAtUtc" TEXT NOT NULL,
    "HandledAtUtc" TEXT NULL,
    "HandledBy" TEXT NULL
);

CREATE TABLE "NewsPosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NewsPosts" PRIMARY KEY AUTOINCREMENT,
    "TitleSv" TEXT NULL,
    "SummarySv" TEXT NULL,
    "BodySv" TEXT NULL,
    "ImageAltSv" TEXT NULL,
    "TitleEn" TEXT NULL,
    "SummaryEn" TEXT NULL,
    "BodyEn" TEXT NULL,
    "ImageAltEn" TEXT NULL,
    "ImageContent" BLOB NOT NULL,
    "ImageContentType" TEXT NOT NULL,
    "ImageWidth" INTEGER NOT NULL,
    "ImageHeight" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishAtUtc" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "PartnerNetworks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PartnerNetworks" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "CountrySv" TEXT NOT NULL,
    "CountryEn" TEXT NOT NULL,
    "DescriptionSv" TEXT NOT NULL,
    "DescriptionEn" TEXT NOT NULL,
    "ContactName" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "Website" TEXT NULL,
    "Position" INTEGER NOT NULL
);

CREATE TABLE "SitePages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SitePages" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "TitleSv" TEXT NOT NULL,
    "TitleEn" TEXT NOT NULL,
    "BodySv" TEXT NOT NULL,
    "BodyEn" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "CooperationEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CooperationEntries" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "TextSv" TEXT NOT NULL,
    "TextEn" TEXT NOT NULL,
    "PartnerId" INTEGER NULL,
    CONSTRAINT "FK_CooperationEntries_PartnerNetworks_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "PartnerNetworks" ("Id") ON DELETE SET NULL
);

CREATE TABLE "SitePageVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SitePageVersions" PRIMARY KEY AUTOINCREMENT,
    "PageId" INTEGER NOT NULL,
    "TitleSv" TEXT NOT NULL,
    "TitleEn" TEXT NOT NULL,
    "BodySv" TEXT NOT NULL,
    "BodyEn" TEXT NOT NULL,
    "SavedAtUtc" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "ByName" TEXT NOT NULL,
    "RestoredFromVersionId" INTEGER NULL,
    CONSTRAINT "FK_SitePageVersions_SitePages_PageId" FOREIGN KEY ("PageId") REFERENCES "SitePages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AccessibilityReports_ReceivedAtUtc" ON "AccessibilityReports" ("ReceivedAtUtc");

CREATE INDEX "IX_CooperationEntries_PartnerId" ON "CooperationEntries" ("PartnerId");

CREATE INDEX "IX_CooperationEntries_Year" ON "CooperationEntries" ("Year");

CREATE INDEX "IX_NewsPosts_IsPublished_PublishAtUtc" ON "NewsPosts" ("IsPublished", "PublishAtUtc");

CREATE UNIQUE INDEX "IX_PartnerNetworks_Slug" ON "PartnerNetworks" ("Slug");

CREATE UNIQUE INDEX "IX_SitePages_Slug" ON "SitePages" ("Slug");

CREATE INDEX "IX_SitePageVersions_PageId" ON "SitePageVersions" ("PageId");
