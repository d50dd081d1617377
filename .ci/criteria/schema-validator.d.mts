import type { Plugin } from "vite";

export const VIRTUAL_ID: string;
export function schemaValidatorCode(): string;
export function schemaValidatorPlugin(): Plugin;
