-- Profiles of the members of Ecomuna's network categories.

CREATE TABLE "NetworkProfiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NetworkProfiles" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Category" INTEGER NOT NULL,
    "IsOrganisation" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Organisation" TEXT NULL,
    "CountryCode" TEXT NOT NULL,
    "City" TEXT NULL,
    "Website" TEXT NULL,
    "Description" TEXT NULL,
    "ShowInDirectory" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "MemberSince" TEXT NULL,
    CONSTRAINT "FK_NetworkProfiles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_NetworkProfiles_Status_Category" ON "NetworkProfiles" ("Status", "Category");

CREATE UNIQUE INDEX "IX_NetworkProfiles_UserId" ON "NetworkProfiles" ("UserId");
