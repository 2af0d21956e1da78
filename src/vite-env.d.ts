/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_E2E_HOOKS?: string;
}
