export declare const CHROMIUM: string;
export declare function chromiumArgs(options: {
  port: number;
  hosts: readonly string[];
  extension?: string;
  headless?: boolean;
}): string[];
