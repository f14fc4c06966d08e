// The `test` every end-to-end spec uses: Playwright's, plus a guard that fails
// a test when any page it opened reported a Content-Security-Policy violation
// (a script, style or frame the policy blocked), so every page the specs visit
// is also checked to run under the policy. A spec that provokes violations on
// purpose opts out with test.use({ allowCspViolations: true }).
import { test as base } from "@playwright/test";

export { expect, type Page } from "@playwright/test";

type Violation = { page: string; directive: string; blocked: string; sample: string };

export const test = base.extend<{ allowCspViolations: boolean; cspViolations: Violation[] }>({
  allowCspViolations: [false, { option: true }],
  cspViolations: [
    async ({ context, allowCspViolations }, use) => {
      const violations: Violation[] = [];
      await context.exposeBinding("__sikcCspViolation", (_source, violation: Violation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __sikcCspViolation?: (v: unknown) => void }).__sikcCspViolation;
          report?.({
            page: location.pathname,
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            sample: event.sample,
          });
        });
      });
      await use(violations);
      if (!allowCspViolations && violations.length) {
        throw new Error(`Content-Security-Policy violations:\n${JSON.stringify(violations, null, 2)}`);
      }
    },
    { auto: true },
  ],
});
