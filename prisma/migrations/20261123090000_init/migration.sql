-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "Vocabulary" AS ENUM ('STAGE', 'STATUS', 'THEME', 'TARGET_GROUP', 'ORGANISATION_TYPE', 'ECOSYSTEM_ROLE', 'SUPPORT_TYPE', 'RESOURCE_TYPE', 'AUDIENCE', 'CONSULTATION_TOPIC', 'CONSULTATION_FORMAT', 'ASSESSMENT_SIF', 'ASSESSMENT_EAPN', 'REGION', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "RecordSource" AS ENUM ('STAFF', 'PUBLIC_SUBMISSION', 'IMPORT');

-- CreateEnum
CREATE TYPE "ImpactKind" AS ENUM ('EXISTING', 'EXPECTED');

-- CreateEnum
CREATE TYPE "InnovationOrgRole" AS ENUM ('IMPLEMENTER', 'SUPPORTER');

-- CreateEnum
CREATE TYPE "AssessmentFramework" AS ENUM ('SIF', 'EAPN');

-- CreateEnum
CREATE TYPE "Assessor" AS ENUM ('CURATOR', 'SELF');

-- CreateEnum
CREATE TYPE "ProjectOrgRole" AS ENUM ('LEAD', 'PARTNER', 'FUNDER');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'SCHEDULED', 'COMPLETED', 'REFERRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SlotStatus" AS ENUM ('OPEN', 'BLOCKED');

-- CreateEnum
CREATE TYPE "SupporterReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('NEW_INNOVATION', 'CORRECTION');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'CONSULTANT');

-- CreateEnum
CREATE TYPE "OutboxOp" AS ENUM ('UPSERT', 'DELETE');

-- CreateTable
CREATE TABLE "Term" (
    "id" TEXT NOT NULL,
    "vocabulary" "Vocabulary" NOT NULL,
    "key" TEXT NOT NULL,
    "labelLv" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "parentKey" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Innovation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleLv" TEXT NOT NULL,
    "titleEn" TEXT,
    "summaryLv" TEXT NOT NULL,
    "summaryEn" TEXT,
    "problemLv" TEXT,
    "problemEn" TEXT,
    "solutionLv" TEXT,
    "solutionEn" TEXT,
    "noveltyLv" TEXT,
    "noveltyEn" TEXT,
    "impactLv" TEXT,
    "impactEn" TEXT,
    "impactKind" "ImpactKind",
    "resultsLv" TEXT,
    "resultsEn" TEXT,
    "transferabilityLv" TEXT,
    "transferabilityEn" TEXT,
    "stage" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "themes" TEXT[],
    "targetGroups" TEXT[],
    "region" TEXT,
    "municipality" TEXT,
    "country" TEXT NOT NULL DEFAULT 'LV',
    "publication" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "source" "RecordSource" NOT NULL DEFAULT 'STAFF',
    "sourceRefs" TEXT[],
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,

    CONSTRAINT "Innovation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InnovationOrganisation" (
    "innovationId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "InnovationOrgRole" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InnovationOrganisation_pkey" PRIMARY KEY ("innovationId","organisationId","role")
);

-- CreateTable
CREATE TABLE "InnovationExpert" (
    "innovationId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "roleLv" TEXT,
    "roleEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InnovationExpert_pkey" PRIMARY KEY ("innovationId","contactId")
);

-- CreateTable
CREATE TABLE "InnovationLink" (
    "id" TEXT NOT NULL,
    "innovationId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "labelLv" TEXT,
    "labelEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InnovationLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InnovationIndicator" (
    "id" TEXT NOT NULL,
    "innovationId" TEXT NOT NULL,
    "labelLv" TEXT NOT NULL,
    "labelEn" TEXT,
    "value" DECIMAL(18,2),
    "unit" TEXT,
    "year" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InnovationIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InnovationAssessment" (
    "innovationId" TEXT NOT NULL,
    "framework" "AssessmentFramework" NOT NULL,
    "criterion" TEXT NOT NULL,
    "assessor" "Assessor" NOT NULL DEFAULT 'CURATOR',
    "score" INTEGER,
    "noteLv" TEXT,
    "noteEn" TEXT,

    CONSTRAINT "InnovationAssessment_pkey" PRIMARY KEY ("innovationId","framework","criterion","assessor")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameLv" TEXT NOT NULL,
    "nameEn" TEXT,
    "type" TEXT NOT NULL,
    "roles" TEXT[],
    "supportTypes" TEXT[],
    "stagesCovered" TEXT[],
    "country" TEXT,
    "region" TEXT,
    "municipality" TEXT,
    "website" TEXT,
    "publicEmails" TEXT[],
    "descriptionLv" TEXT,
    "descriptionEn" TEXT,
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "sourceRefs" TEXT[],
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT,
    "name" TEXT NOT NULL,
    "positionLv" TEXT,
    "positionEn" TEXT,
    "expertiseLv" TEXT,
    "expertiseEn" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "showPublicly" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "code" TEXT,
    "titleLv" TEXT NOT NULL,
    "titleEn" TEXT,
    "summaryLv" TEXT,
    "summaryEn" TEXT,
    "programmeId" TEXT,
    "budgetEur" DECIMAL(14,2),
    "startsOn" DATE,
    "endsOn" DATE,
    "url" TEXT,
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectOrganisation" (
    "projectId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "ProjectOrgRole" NOT NULL,

    CONSTRAINT "ProjectOrganisation_pkey" PRIMARY KEY ("projectId","organisationId","role")
);

-- CreateTable
CREATE TABLE "ProjectInnovation" (
    "projectId" TEXT NOT NULL,
    "innovationId" TEXT NOT NULL,

    CONSTRAINT "ProjectInnovation_pkey" PRIMARY KEY ("projectId","innovationId")
);

-- CreateTable
CREATE TABLE "ProjectIndicator" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "labelLv" TEXT NOT NULL,
    "labelEn" TEXT,
    "unit" TEXT,
    "target" DECIMAL(18,2),
    "actual" DECIMAL(18,2),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingProgramme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleLv" TEXT NOT NULL,
    "titleEn" TEXT,
    "kind" TEXT NOT NULL,
    "period" TEXT,
    "summaryLv" TEXT,
    "summaryEn" TEXT,
    "themes" TEXT[],
    "url" TEXT,
    "urlLv" TEXT,
    "funderId" TEXT,
    "operatorId" TEXT,
    "managingAuthorityId" TEXT,
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "sourceRefs" TEXT[],
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingCall" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "programmeId" TEXT,
    "funderId" TEXT,
    "titleLv" TEXT NOT NULL,
    "titleEn" TEXT,
    "summaryLv" TEXT,
    "summaryEn" TEXT,
    "callNumber" TEXT,
    "totalBudgetEur" DECIMAL(14,2),
    "minPerProjectEur" DECIMAL(14,2),
    "maxPerProjectEur" DECIMAL(14,2),
    "aidIntensityPct" DECIMAL(5,2),
    "advancePct" DECIMAL(5,2),
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "rolling" TEXT,
    "eligibleApplicantTypes" TEXT[],
    "themes" TEXT[],
    "targetGroups" TEXT[],
    "stages" TEXT[],
    "url" TEXT,
    "contactEmail" TEXT,
    "details" JSONB,
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "sourceRefs" TEXT[],
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "demoNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleLv" TEXT NOT NULL,
    "titleEn" TEXT,
    "summaryLv" TEXT,
    "summaryEn" TEXT,
    "type" TEXT NOT NULL,
    "audiences" TEXT[],
    "stages" TEXT[],
    "themes" TEXT[],
    "language" TEXT,
    "publisher" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "alternateUrls" TEXT[],
    "fileId" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "sourceRefs" TEXT[],
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "demoNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationSlot" (
    "id" TEXT NOT NULL,
    "consultantId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMin" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "location" TEXT,
    "meetingUrl" TEXT,
    "status" "SlotStatus" NOT NULL DEFAULT 'OPEN',
    "seriesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'NEW',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "organisationName" TEXT,
    "organisationType" TEXT,
    "topics" TEXT[],
    "stage" TEXT,
    "theme" TEXT,
    "region" TEXT,
    "description" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'lv',
    "slotId" TEXT,
    "newsletterConsent" BOOLEAN NOT NULL DEFAULT false,
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "assigneeId" TEXT,
    "closedAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" "ConsultationStatus",
    "toStatus" "ConsultationStatus",
    "internal" BOOLEAN NOT NULL DEFAULT true,
    "body" TEXT,
    "data" JSONB,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "contactId" TEXT,
    "note" TEXT,
    "referredById" TEXT,
    "emailSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReview" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "titleLv" TEXT NOT NULL,
    "titleEn" TEXT,
    "introLv" TEXT,
    "introEn" TEXT,
    "sections" JSONB NOT NULL DEFAULT '[]',
    "datasets" JSONB NOT NULL DEFAULT '[]',
    "publication" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupporterReport" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "SupporterReportStatus" NOT NULL DEFAULT 'DRAFT',
    "reporterName" TEXT,
    "reporterEmail" TEXT,
    "supportTypes" TEXT[],
    "stages" TEXT[],
    "themes" TEXT[],
    "amountEur" DECIMAL(14,2),
    "innovationsSupported" INTEGER,
    "beneficiaries" INTEGER,
    "notesLv" TEXT,
    "notesEn" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupporterReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "payload" JSONB NOT NULL,
    "innovationId" TEXT,
    "submitterName" TEXT NOT NULL,
    "submitterEmail" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'lv',
    "reason" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'CONSULTANT',
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "changes" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "op" "OutboxOp" NOT NULL DEFAULT 'UPSERT',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Term_vocabulary_position_idx" ON "Term"("vocabulary", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Term_vocabulary_key_key" ON "Term"("vocabulary", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Innovation_slug_key" ON "Innovation"("slug");

-- CreateIndex
CREATE INDEX "Innovation_publication_stage_idx" ON "Innovation"("publication", "stage");

-- CreateIndex
CREATE INDEX "Innovation_publication_region_idx" ON "Innovation"("publication", "region");

-- CreateIndex
CREATE INDEX "Innovation_publication_status_idx" ON "Innovation"("publication", "status");

-- CreateIndex
CREATE INDEX "Innovation_publication_startYear_idx" ON "Innovation"("publication", "startYear");

-- CreateIndex
CREATE INDEX "Innovation_publication_updatedAt_idx" ON "Innovation"("publication", "updatedAt");

-- CreateIndex
CREATE INDEX "Innovation_themes_idx" ON "Innovation" USING GIN ("themes");

-- CreateIndex
CREATE INDEX "Innovation_targetGroups_idx" ON "Innovation" USING GIN ("targetGroups");

-- CreateIndex
CREATE INDEX "InnovationOrganisation_organisationId_role_idx" ON "InnovationOrganisation"("organisationId", "role");

-- CreateIndex
CREATE INDEX "InnovationExpert_contactId_idx" ON "InnovationExpert"("contactId");

-- CreateIndex
CREATE INDEX "InnovationLink_innovationId_idx" ON "InnovationLink"("innovationId");

-- CreateIndex
CREATE INDEX "InnovationIndicator_innovationId_idx" ON "InnovationIndicator"("innovationId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_publication_type_idx" ON "Organisation"("publication", "type");

-- CreateIndex
CREATE INDEX "Organisation_publication_region_idx" ON "Organisation"("publication", "region");

-- CreateIndex
CREATE INDEX "Organisation_roles_idx" ON "Organisation" USING GIN ("roles");

-- CreateIndex
CREATE INDEX "Organisation_supportTypes_idx" ON "Organisation" USING GIN ("supportTypes");

-- CreateIndex
CREATE INDEX "Organisation_stagesCovered_idx" ON "Organisation" USING GIN ("stagesCovered");

-- CreateIndex
CREATE INDEX "Contact_organisationId_idx" ON "Contact"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_programmeId_idx" ON "Project"("programmeId");

-- CreateIndex
CREATE INDEX "ProjectOrganisation_organisationId_idx" ON "ProjectOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "ProjectInnovation_innovationId_idx" ON "ProjectInnovation"("innovationId");

-- CreateIndex
CREATE INDEX "ProjectIndicator_projectId_idx" ON "ProjectIndicator"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingProgramme_slug_key" ON "FundingProgramme"("slug");

-- CreateIndex
CREATE INDEX "FundingProgramme_kind_idx" ON "FundingProgramme"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "FundingCall_slug_key" ON "FundingCall"("slug");

-- CreateIndex
CREATE INDEX "FundingCall_publication_closesAt_idx" ON "FundingCall"("publication", "closesAt");

-- CreateIndex
CREATE INDEX "FundingCall_publication_opensAt_idx" ON "FundingCall"("publication", "opensAt");

-- CreateIndex
CREATE INDEX "FundingCall_stages_idx" ON "FundingCall" USING GIN ("stages");

-- CreateIndex
CREATE INDEX "FundingCall_themes_idx" ON "FundingCall" USING GIN ("themes");

-- CreateIndex
CREATE INDEX "FundingCall_eligibleApplicantTypes_idx" ON "FundingCall" USING GIN ("eligibleApplicantTypes");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_slug_key" ON "Resource"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_fileId_key" ON "Resource"("fileId");

-- CreateIndex
CREATE INDEX "Resource_publication_type_idx" ON "Resource"("publication", "type");

-- CreateIndex
CREATE INDEX "Resource_audiences_idx" ON "Resource" USING GIN ("audiences");

-- CreateIndex
CREATE INDEX "Resource_stages_idx" ON "Resource" USING GIN ("stages");

-- CreateIndex
CREATE INDEX "Resource_themes_idx" ON "Resource" USING GIN ("themes");

-- CreateIndex
CREATE UNIQUE INDEX "Upload_storageKey_key" ON "Upload"("storageKey");

-- CreateIndex
CREATE INDEX "ConsultationSlot_status_startsAt_idx" ON "ConsultationSlot"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationSlot_consultantId_startsAt_key" ON "ConsultationSlot"("consultantId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationRequest_reference_key" ON "ConsultationRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationRequest_slotId_key" ON "ConsultationRequest"("slotId");

-- CreateIndex
CREATE INDEX "ConsultationRequest_status_createdAt_idx" ON "ConsultationRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationRequest_assigneeId_idx" ON "ConsultationRequest"("assigneeId");

-- CreateIndex
CREATE INDEX "ConsultationRequest_email_idx" ON "ConsultationRequest"("email");

-- CreateIndex
CREATE INDEX "ConsultationRequest_closedAt_idx" ON "ConsultationRequest"("closedAt");

-- CreateIndex
CREATE INDEX "ConsultationEvent_requestId_createdAt_idx" ON "ConsultationEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_requestId_idx" ON "Referral"("requestId");

-- CreateIndex
CREATE INDEX "Referral_organisationId_idx" ON "Referral"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReview_year_key" ON "AnnualReview"("year");

-- CreateIndex
CREATE UNIQUE INDEX "SupporterReport_reviewId_organisationId_key" ON "SupporterReport"("reviewId", "organisationId");

-- CreateIndex
CREATE INDEX "Submission_status_createdAt_idx" ON "Submission"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_availableAt_idx" ON "SearchOutbox"("processedAt", "availableAt");

-- CreateIndex
CREATE INDEX "SearchOutbox_entityType_entityId_idx" ON "SearchOutbox"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

-- AddForeignKey
ALTER TABLE "Innovation" ADD CONSTRAINT "Innovation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationOrganisation" ADD CONSTRAINT "InnovationOrganisation_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationOrganisation" ADD CONSTRAINT "InnovationOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationExpert" ADD CONSTRAINT "InnovationExpert_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationExpert" ADD CONSTRAINT "InnovationExpert_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationLink" ADD CONSTRAINT "InnovationLink_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationIndicator" ADD CONSTRAINT "InnovationIndicator_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationAssessment" ADD CONSTRAINT "InnovationAssessment_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "FundingProgramme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOrganisation" ADD CONSTRAINT "ProjectOrganisation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOrganisation" ADD CONSTRAINT "ProjectOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectInnovation" ADD CONSTRAINT "ProjectInnovation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectInnovation" ADD CONSTRAINT "ProjectInnovation_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectIndicator" ADD CONSTRAINT "ProjectIndicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingProgramme" ADD CONSTRAINT "FundingProgramme_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingProgramme" ADD CONSTRAINT "FundingProgramme_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingProgramme" ADD CONSTRAINT "FundingProgramme_managingAuthorityId_fkey" FOREIGN KEY ("managingAuthorityId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingCall" ADD CONSTRAINT "FundingCall_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "FundingProgramme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingCall" ADD CONSTRAINT "FundingCall_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "Upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRequest" ADD CONSTRAINT "ConsultationRequest_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "ConsultationSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRequest" ADD CONSTRAINT "ConsultationRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationEvent" ADD CONSTRAINT "ConsultationEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ConsultationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationEvent" ADD CONSTRAINT "ConsultationEvent_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ConsultationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterReport" ADD CONSTRAINT "SupporterReport_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "AnnualReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterReport" ADD CONSTRAINT "SupporterReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

