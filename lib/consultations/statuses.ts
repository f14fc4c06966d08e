// Consultation requests in these statuses are finished: no more changes, and the retention job may anonymise them.
export const CLOSED_STATUSES = ["COMPLETED", "REFERRED", "CANCELLED"] as const;
