import type { Locale } from "./routing";
import type messages from "../../messages/lv.json";
import type adminMessages from "../../messages/lv/admin.json";
import type innovationMessages from "../../messages/lv/innovations.json";
import type errorMessages from "../../messages/lv/error.json";
import type consultationMessages from "../../messages/lv/consultations.json";

// Types every t("key") call against the Latvian messages, the source language.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages & typeof adminMessages & typeof innovationMessages & typeof errorMessages & typeof consultationMessages;
  }
}
