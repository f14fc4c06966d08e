// The staff area's sections: one place for the navigation, the permission a
// section needs and its path. A page still checks its own permission
// (requirePagePermission); hiding a link is convenience, not security.
import type { Permission } from "@/lib/auth/roles";

export type AdminSection = {
  key: string;
  path: string;
  permission: Permission;
  /** Shown only when mail is written to files (no SMTP_URL), i.e. in development and tests. */
  mailFilesOnly?: boolean;
};

export const ADMIN_SECTION_GROUPS: { key: string; sections: AdminSection[] }[] = [
  { key: "overview", sections: [{ key: "dashboard", path: "/admin", permission: "staff" }] },
  {
    key: "consultations",
    sections: [
      { key: "consultations", path: "/admin/consultations", permission: "consultations:manage" },
      { key: "slots", path: "/admin/slots", permission: "consultations:manage" },
      { key: "mail", path: "/admin/mail", permission: "consultations:manage", mailFilesOnly: true },
    ],
  },
  {
    key: "content",
    sections: [
      { key: "innovations", path: "/admin/innovations", permission: "content:read" },
      { key: "submissions", path: "/admin/submissions", permission: "content:read" },
      { key: "organisations", path: "/admin/organisations", permission: "content:read" },
      { key: "contacts", path: "/admin/contacts", permission: "content:read" },
      { key: "projects", path: "/admin/projects", permission: "content:read" },
      { key: "programmes", path: "/admin/programmes", permission: "content:read" },
      { key: "calls", path: "/admin/calls", permission: "content:read" },
      { key: "resources", path: "/admin/resources", permission: "content:read" },
      { key: "reviews", path: "/admin/reviews", permission: "content:read" },
      { key: "vocabularies", path: "/admin/vocabularies", permission: "content:read" },
      { key: "import", path: "/admin/import", permission: "content:write" },
    ],
  },
  {
    key: "administration",
    sections: [
      { key: "users", path: "/admin/users", permission: "users:manage" },
      { key: "audit", path: "/admin/audit", permission: "users:manage" },
    ],
  },
];
