/**
 * Fluent UI reads window.FabricConfig when it loads. An empty font base URL stops it declaring web fonts on
 * Microsoft's CDN: the pane uses the system's Segoe UI (Windows) or system font (Mac) and asks no other
 * host for anything, which is what an intranet install needs (docs/intranet.md). Imported before any
 * Fluent module.
 */
declare const window: Window & { FabricConfig?: { fontBaseUrl?: string } };

if (typeof window !== "undefined") window.FabricConfig = { ...(window.FabricConfig || {}), fontBaseUrl: "" };

export {};
