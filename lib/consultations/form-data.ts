// The consultation request form's fields for lib/consultations/actions.ts:
// which names are read and echoed back (anything else a client posts is dropped).
export const REQUEST_ARRAYS = ["topics"] as const;
export const REQUEST_FIELDS = [
  "name",
  "email",
  "phone",
  "organisationName",
  "organisationType",
  "topics",
  "stage",
  "theme",
  "description",
  "format",
  "language",
  "slotId",
  "privacyAcknowledged",
  "newsletterConsent",
] as const;
