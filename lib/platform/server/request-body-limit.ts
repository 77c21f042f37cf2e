/**
 * The largest request body the portal reads: a form with its file. The largest file a form takes
 * is 5 MB (a certificate, a personnel CSV); the limit is twice that, so a file somewhat too large
 * still reaches the form's own check and is answered with the form's "too large" message, scripts
 * or no scripts, rather than refused by Next.js before any code of ours runs (its error page).
 * next.config.ts gives it to Next.js for server actions and for proxy.ts (which would otherwise
 * cut a body at 10 MB without a word). A body is held in memory while it is read, so this also
 * bounds what one request can cost a process. (No imports here: next.config.ts reads it.)
 */
export const REQUEST_BODY_LIMIT_BYTES = 10 * 1024 * 1024;
