/**
 * The few icons the Fluent UI components we use draw (check box tick, drop-down chevron, message bar
 * badges), registered as inline SVG. Fluent's default icon font comes from Microsoft's CDN, which intranet
 * installs cannot reach (docs/intranet.md); inline icons need no download at all.
 */
import * as React from "react";
import { registerIcons } from "@fluentui/react";

const svg = (path: string) => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
    <path d={path} />
  </svg>
);

let registered = false;

export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  registerIcons({
    icons: {
      CheckMark: svg("M13.86 3.66a.5.5 0 0 1-.02.7l-7.93 7.48a.6.6 0 0 1-.84-.02L2.4 9.1a.5.5 0 0 1 .72-.7l2.4 2.44 7.64-7.2a.5.5 0 0 1 .7.02Z"),
      ChevronDown: svg("M3.15 5.65a.5.5 0 0 1 .7 0L8 9.79l4.15-4.14a.5.5 0 0 1 .7.7l-4.5 4.5a.5.5 0 0 1-.7 0l-4.5-4.5a.5.5 0 0 1 0-.7Z"),
      Info: svg("M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 6a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0v-4A.5.5 0 0 0 8 7Zm0-2.25a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z"),
      ErrorBadge: svg("M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.15 4.15L8 7.29 5.85 5.15a.5.5 0 1 0-.7.7L7.29 8l-2.14 2.15a.5.5 0 0 0 .7.7L8 8.71l2.15 2.14a.5.5 0 0 0 .7-.7L8.71 8l2.14-2.15a.5.5 0 0 0-.7-.7Z"),
      Completed: svg("M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm3.35 4.65a.5.5 0 0 0-.7 0L7 9.29 5.35 7.65a.5.5 0 1 0-.7.7l2 2a.5.5 0 0 0 .7 0l4-4a.5.5 0 0 0 0-.7Z"),
      Warning: svg("M7.13 2.5a1 1 0 0 1 1.74 0l5.5 9.5A1 1 0 0 1 13.5 13.5h-11a1 1 0 0 1-.87-1.5l5.5-9.5ZM8 5a.5.5 0 0 0-.5.5v3.5a.5.5 0 0 0 1 0V5.5A.5.5 0 0 0 8 5Zm0 6.25a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Z"),
      Clear: svg("M3.65 3.65a.5.5 0 0 1 .7 0L8 7.29l3.65-3.64a.5.5 0 0 1 .7.7L8.71 8l3.64 3.65a.5.5 0 0 1-.7.7L8 8.71l-3.65 3.64a.5.5 0 0 1-.7-.7L7.29 8 3.65 4.35a.5.5 0 0 1 0-.7Z"),
    },
  });
}
