-- Good examples: themes, the examples with their goals, links, images and history, and the initiative of the year.

CREATE TABLE "ExampleThemes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ExampleThemes" PRIMARY KEY AUTOINCREMENT,
    "NameSv" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "GoodExamples" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GoodExamples" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "ContactName" TEXT NOT NULL,
    "ContactEmail" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "PublishedAtUtc" TEXT NULL,
    CONSTRAINT "FK_GoodExamples_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GoodExampleGoals" (
    "ExampleId" INTEGER NOT NULL,
    "Goal" INTEGER NOT NULL,
    CONSTRAINT "PK_GoodExampleGoals" PRIMARY KEY ("ExampleId", "Goal"),
    CONSTRAINT "FK_GoodExampleGoals_GoodExamples_ExampleId" FOREIGN KEY ("ExampleId") REFERENCES "GoodExamples" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoodExampleHistory" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GoodExampleHistory" PRIMARY KEY AUTOINCREMENT,
    "ExampleId" INTEGER NOT NULL,
    "From" INTEGER NULL,
    "To" INTEGER NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "ByName" TEXT NOT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_GoodExampleHistory_GoodExamples_ExampleId" FOREIGN KEY ("ExampleId") REFERENCES "GoodExamples" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoodExampleImages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GoodExampleImages" PRIMARY KEY AUTOINCREMENT,
    "ExampleId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Width" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL,
    "AltText" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_GoodExampleImages_GoodExamples_ExampleId" FOREIGN KEY ("ExampleId") REFERENCES "GoodExamples" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoodExampleLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GoodExampleLinks" PRIMARY KEY AUTOINCREMENT,
    "ExampleId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_GoodExampleLinks_GoodExamples_ExampleId" FOREIGN KEY ("ExampleId") REFERENCES "GoodExamples" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoodExampleThemes" (
    "ExampleId" INTEGER NOT NULL,
    "ThemeId" INTEGER NOT NULL,
    CONSTRAINT "PK_GoodExampleThemes" PRIMARY KEY ("ExampleId", "ThemeId"),
    CONSTRAINT "FK_GoodExampleThemes_ExampleThemes_ThemeId" FOREIGN KEY ("ThemeId") REFERENCES "ExampleThemes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GoodExampleThemes_GoodExamples_ExampleId" FOREIGN KEY ("ExampleId") REFERENCES "GoodExamples" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InitiativesOfTheYear" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_InitiativesOfTheYear" PRIMARY KEY,
    "ExampleId" INTEGER NOT NULL,
    "NamedAtUtc" TEXT NOT NULL,
    "NamedBy" TEXT NOT NULL,
    CONSTRAINT "FK_InitiativesOfTheYear_GoodExamples_ExampleId" FOREIGN KEY ("ExampleId") REFERENCES "GoodExamples" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ExampleThemes_NameEn" ON "ExampleThemes" ("NameEn");

CREATE UNIQUE INDEX "IX_ExampleThemes_NameSv" ON "ExampleThemes" ("NameSv");

CREATE INDEX "IX_GoodExampleGoals_Goal_ExampleId" ON "GoodExampleGoals" ("Goal", "ExampleId");

CREATE INDEX "IX_GoodExampleHistory_ExampleId" ON "GoodExampleHistory" ("ExampleId");

CREATE INDEX "IX_GoodExampleImages_ExampleId" ON "GoodExampleImages" ("ExampleId");

CREATE INDEX "IX_GoodExampleLinks_ExampleId" ON "GoodExampleLinks" ("ExampleId");

CREATE INDEX "IX_GoodExamples_MemberId_Status" ON "GoodExamples" ("MemberId", "Status");

CREATE INDEX "IX_GoodExamples_Status_PublishedAtUtc" ON "GoodExamples" ("Status", "PublishedAtUtc");

CREATE INDEX "IX_GoodExamples_Year_Status" ON "GoodExamples" ("Year", "Status");

CREATE INDEX "IX_GoodExampleThemes_ThemeId_ExampleId" ON "GoodExampleThemes" ("ThemeId", "ExampleId");

CREATE UNIQUE INDEX "IX_InitiativesOfTheYear_ExampleId" ON "InitiativesOfTheYear" ("ExampleId");

INSERT INTO "ExampleThemes" ("NameSv", "NameEn", "IsActive") VALUES
    ('Energi', 'Energy', 1),
    ('Transporter', 'Transport', 1),
    ('Biologisk mångfald', 'Biodiversity', 1),
    ('Cirkulär ekonomi', 'Circular economy', 1),
    ('Mat', 'Food', 1),
    ('Utbildning', 'Education', 1),
    ('Vatten', 'Water', 1),
    ('Styrning och ledning', 'Governance', 1),
    ('Klimatanpassning', 'Climate adaptation', 1),
    ('Samhällsplanering', 'Urban planning', 1),
    ('Hållbar upphandling', 'Sustainable procurement', 1),
    ('Social hållbarhet', 'Social sustainability', 1);
