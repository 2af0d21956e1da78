/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_E2E_HOOKS?: string;
}

declare module 'virtual:pulse-data' {
  /** URL of the app's data index (see pipeline/app-data-plugin.ts). */
  export const indexUrl: string;
}
