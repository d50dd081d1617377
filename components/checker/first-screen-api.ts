import { fakeBrowser } from "wxt/testing/fake-browser";

// Build time only (./first-screen.tsx): an in-memory extension API for the app's storage items.
(globalThis as { browser?: unknown }).browser ??= fakeBrowser;
