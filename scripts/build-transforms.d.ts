// Types for scripts/build-transforms.js (plain CommonJS so webpack.config.js can require it without a compiler).
export declare const DEV_URL: string;
export declare const OFFICE_JS_CDN: string;
export declare const OFFICE_JS_LOCAL: string;
export declare function normalizeAddinUrl(url: string): string;
export declare function rewriteManifestUrls(xml: string, addinUrl: string, devUrl?: string): string;
export declare function useLocalOfficeJs(html: string): string;
