import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";
import { ASSERTIONS_TO_BURN_DOWN } from "./eslint.assertion-baseline.mjs";

const NEXT_HEADERS = { name: "next/headers", message: "Request state is read in lib/platform/auth and lib/platform/i18n only; take what you need from them." };
const DB_CLIENT = {
  name: "@/lib/platform/db/client",
  message: "Pages and components read data through lib/ functions that take the actor and scope the query.",
};
const ROLE_TESTS = {
  name: "@/lib/platform/auth/roles",
  importNames: ["hasRole", "grantsOf"],
  message: "Pages and components ask lib/ for a capability (as PlanAccess.canReview does) rather than test roles themselves.",
};
// components/ui/link.tsx is the portal's link: Next.js's without prefetching (why: its comment).
const NEXT_LINK = {
  name: "next/link",
  message: "Use { Link } from @/components/ui/link: a prefetch per link in view cost the server two to five times the page.",
};
const FROM_APP = { group: ["@/app/*", "@/app/**"], message: "Nothing imports from app/ (routes): move what is shared into lib/ or components/." };
const FROM_COMPONENTS = { group: ["@/components/*", "@/components/**"], message: "lib/ is the domain layer: it does not import the UI." };
// The launchers (npm start, npm run serve, jobs, migrate) sit above every layer: they start the
// portal and nothing imports them. They live in lib/platform/cli only because the project's
// top-level layout is fixed; this keeps them a layer of their own.
const FROM_LAUNCHERS = { group: ["@/lib/platform/cli/*", "@/lib/platform/cli/**"], message: "The launchers start the portal; nothing imports them." };
// A path as a glob that matches only itself: route folders hold ( ) and [ ].
const literal = (path) => path.replace(/[()[\]{}*?!+@]/g, "\\$&");

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // `const { id, ...rest } = row` is how a field is left out of an audit record.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  // Type-aware rules: a promise nobody awaits fails silently (an audit row or a notification
  // lost after the response), a promise where a boolean or a void callback is expected is always
  // truthy or never awaited, and an `as` that narrows a type is a claim the compiler no longer
  // checks. JSX event handlers may return a promise: React ignores the value, and a server
  // action passed as `action={...}` is the idiom.
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unsafe-type-assertion": "error",
    },
  },
  // Switched on with a baseline: the files that held narrowing assertions then keep the rule off
  // until they are clean (eslint.assertion-baseline.mjs); every other file, and every new one, is
  // checked.
  {
    files: ASSERTIONS_TO_BURN_DOWN.map(literal),
    rules: { "@typescript-eslint/no-unsafe-type-assertion": "off" },
  },
  // Arrows point down: pages (app/) compose components and lib/; components use lib/; lib/ is
  // the domain and never reaches back up. Request state (cookies, headers) is read only where
  // the session and the language are: lib/platform/auth and lib/platform/i18n. What a person may do is decided in
  // lib/ (a capability named for what it allows), never by a role test in a page or a component.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [NEXT_HEADERS, DB_CLIENT, ROLE_TESTS, NEXT_LINK], patterns: [FROM_APP, FROM_LAUNCHERS] }],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [NEXT_HEADERS, DB_CLIENT, ROLE_TESTS], patterns: [FROM_APP, FROM_LAUNCHERS] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [NEXT_HEADERS, DB_CLIENT, ROLE_TESTS, NEXT_LINK], patterns: [FROM_LAUNCHERS] }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/platform/auth/**", "lib/platform/i18n/**", "lib/platform/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [NEXT_HEADERS], patterns: [FROM_APP, FROM_COMPONENTS, FROM_LAUNCHERS] }],
    },
  },
  {
    files: ["lib/platform/auth/**/*.{ts,tsx}", "lib/platform/i18n/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [FROM_APP, FROM_COMPONENTS, FROM_LAUNCHERS] }],
    },
  },
  {
    files: ["lib/platform/cli/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [NEXT_HEADERS], patterns: [FROM_APP, FROM_COMPONENTS] }],
    },
  },
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
