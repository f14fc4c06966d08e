// ESLint flat config: Next's rules (core web vitals, React, hooks, jsx-a11y,
// import) with typescript-eslint's recommended set on top.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  globalIgnores([
    ".next/**",
    ".data/**",
    ".test-data/**",
    "generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "bench/floor-app/.next/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
]);
