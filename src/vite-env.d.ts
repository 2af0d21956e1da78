/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_E2E_HOOKS?: string;
  /** Milliseconds an attempt may wait with nothing arriving (default 4 s, twice that for the last; e2e builds shorten it). */
  readonly VITE_LOAD_TIMEOUT_MS?: string;
  /** Milliseconds before the first retry of a transient failure (default 400; e2e builds shorten it). */
  readonly VITE_LOAD_BACKOFF_MS?: string;
  /** Milliseconds before a waiting part says the line is slow (default 6 s; e2e builds shorten it). */
  readonly VITE_LOAD_SLOW_MS?: string;
}

declare module 'virtual:pulse-data' {
  /** URL of the app's data index (see pipeline/app-data-plugin.ts). */
  export const indexUrl: string;
  /** The dataset's version: the first 8 hex digits of data/dataset.json's sha256 (pipeline/version-record.ts). */
  export const datasetVersion: string;
}
