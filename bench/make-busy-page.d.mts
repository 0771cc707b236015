export declare const busyPage: () => string;
