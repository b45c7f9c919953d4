export as namespace MyLib;
export declare function helper(): void;
export interface Options {}
