// Stands in for `server-only` under Vitest, where modules run outside a React server bundle.
export {};
