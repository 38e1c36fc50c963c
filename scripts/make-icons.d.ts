// Types for scripts/make-icons.js.
export declare const SIZES: number[];
export declare function drawIcon(size: number): Buffer;
