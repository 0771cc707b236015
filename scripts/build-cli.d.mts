// Types for scripts/build-cli.mjs (used by test/unit/cli.test.ts).
export interface BuildCliOptions {
  /** Output directory, absolute or relative to the repo root; emptied first. Default dist/cli. */
  outDir?: string;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}
/** Bundle src/cli/bin-entry.ts into <outDir>/spruce.mjs; resolves to that file's absolute path. */
export function buildCli(options?: BuildCliOptions): Promise<string>;
