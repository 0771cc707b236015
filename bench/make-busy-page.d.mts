export declare const busyPage: () => string;
export declare const BUSY_URL: string;
