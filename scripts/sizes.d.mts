export declare const BUDGETS_KB: {
  'content-linkedin': number;
  'content-x': number;
  popup: number;
  options: number;
  worker: number;
};
export interface BundleSize {
  files: string[];
  bytes: number;
  gzip: number;
}
export declare function bundleSizes(dir: string): Record<keyof typeof BUDGETS_KB, BundleSize>;
export declare const rootDir: string;
