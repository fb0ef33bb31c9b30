-- Why a membership application was declined.

ALTER TABLE "Members" ADD COLUMN "DeclineReason" character varying(1000);
