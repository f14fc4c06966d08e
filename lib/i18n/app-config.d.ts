import type { Locale } from "./routing";
import type messages from "../../messages/lv.json";
import type admin from "../../messages/lv/admin.json";
import type innovations from "../../messages/lv/innovations.json";
import type error from "../../messages/lv/error.json";
import type consultations from "../../messages/lv/consultations.json";
import type inbox from "../../messages/lv/inbox.json";
import type curation from "../../messages/lv/curation.json";
import type curationInnovations from "../../messages/lv/curationInnovations.json";
import type curationCatalog from "../../messages/lv/curationCatalog.json";
import type curationUsers from "../../messages/lv/curationUsers.json";
import type submissions from "../../messages/lv/submissions.json";
import type audit from "../../messages/lv/audit.json";
import type review from "../../messages/lv/review.json";
import type toolkit from "../../messages/lv/toolkit.json";
import type funding from "../../messages/lv/funding.json";
import type about from "../../messages/lv/about.json";
import type glossary from "../../messages/lv/glossary.json";
import type navigator from "../../messages/lv/navigator.json";
import type ecosystem from "../../messages/lv/ecosystem.json";

// Types every t("key") call against the Latvian messages, the source language
// (one import per file listed in request.ts's FEATURE_NAMESPACES).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages &
      typeof admin &
      typeof innovations &
      typeof error &
      typeof consultations &
      typeof inbox &
      typeof curation &
      typeof curationInnovations &
      typeof curationCatalog &
      typeof curationUsers &
      typeof submissions &
      typeof audit &
      typeof review &
      typeof toolkit &
      typeof funding &
      typeof about &
      typeof glossary &
      typeof navigator &
      typeof ecosystem;
  }
}
