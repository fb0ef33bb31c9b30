-- Member surveys: questions, answers per member or per person, and the reminders sent.

CREATE TABLE "Surveys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Surveys" PRIMARY KEY AUTOINCREMENT,
    "TitleSv" TEXT NOT NULL,
    "TitleEn" TEXT NOT NULL,
    "IntroSv" TEXT NOT NULL,
    "IntroEn" TEXT NOT NULL,
    "Audience" INTEGER NOT NULL,
    "OpensOn" TEXT NOT NULL,
    "ClosesOn" TEXT NOT NULL,
    "MembershipYear" INTEGER NULL,
    "ReminderDays" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "SurveyQuestions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SurveyQuestions" PRIMARY KEY AUTOINCREMENT,
    "SurveyId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "IsRequired" INTEGER NOT NULL,
    "TextSv" TEXT NOT NULL,
    "TextEn" TEXT NOT NULL,
    "OptionsSv" TEXT NOT NULL,
    "OptionsEn" TEXT NOT NULL,
    CONSTRAINT "FK_SurveyQuestions_Surveys_SurveyId" FOREIGN KEY ("SurveyId") REFERENCES "Surveys" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyReminders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SurveyReminders" PRIMARY KEY AUTOINCREMENT,
    "SurveyId" INTEGER NOT NULL,
    "ContactPersonId" INTEGER NOT NULL,
    "DaysBefore" INTEGER NOT NULL,
    "SentAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_SurveyReminders_ContactPersons_ContactPersonId" FOREIGN KEY ("ContactPersonId") REFERENCES "ContactPersons" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SurveyReminders_Surveys_SurveyId" FOREIGN KEY ("SurveyId") REFERENCES "Surveys" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyResponses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SurveyResponses" PRIMARY KEY AUTOINCREMENT,
    "SurveyId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "ContactPersonId" INTEGER NULL,
    "SubmittedAtUtc" TEXT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_SurveyResponses_ContactPersons_ContactPersonId" FOREIGN KEY ("ContactPersonId") REFERENCES "ContactPersons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SurveyResponses_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SurveyResponses_Surveys_SurveyId" FOREIGN KEY ("SurveyId") REFERENCES "Surveys" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyAnswers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SurveyAnswers" PRIMARY KEY AUTOINCREMENT,
    "ResponseId" INTEGER NOT NULL,
    "QuestionId" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "FK_SurveyAnswers_SurveyQuestions_QuestionId" FOREIGN KEY ("QuestionId") REFERENCES "SurveyQuestions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SurveyAnswers_SurveyResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "SurveyResponses" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SurveyAnswers_QuestionId" ON "SurveyAnswers" ("QuestionId");

CREATE UNIQUE INDEX "IX_SurveyAnswers_ResponseId_QuestionId" ON "SurveyAnswers" ("ResponseId", "QuestionId");

CREATE UNIQUE INDEX "IX_SurveyQuestions_SurveyId_Key" ON "SurveyQuestions" ("SurveyId", "Key");

CREATE INDEX "IX_SurveyReminders_ContactPersonId" ON "SurveyReminders" ("ContactPersonId");

CREATE UNIQUE INDEX "IX_SurveyReminders_SurveyId_ContactPersonId_DaysBefore" ON "SurveyReminders" ("SurveyId", "ContactPersonId", "DaysBefore");

CREATE INDEX "IX_SurveyResponses_ContactPersonId" ON "SurveyResponses" ("ContactPersonId");

CREATE INDEX "IX_SurveyResponses_MemberId" ON "SurveyResponses" ("MemberId");

CREATE UNIQUE INDEX "IX_SurveyResponses_SurveyId_ContactPersonId" ON "SurveyResponses" ("SurveyId", "ContactPersonId");

CREATE UNIQUE INDEX "IX_SurveyResponses_SurveyId_MemberId" ON "SurveyResponses" ("SurveyId", "MemberId") WHERE "ContactPersonId" IS NULL;

CREATE INDEX "IX_Surveys_ClosesOn" ON "Surveys" ("ClosesOn");

CREATE UNIQUE INDEX "IX_Surveys_MembershipYear" ON "Surveys" ("MembershipYear");
