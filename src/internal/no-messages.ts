/**
 * Stands in for src/internal/messages.ts in the script-tag and size builds (vite.config.ts
 * alias): they load every message of a language at once, so nothing needs registering.
 */
export function usesMessages(_group: string): void {}

export function usedMessageGroups(): string[] {
  return [];
}

export function onMessageGroup(_callback: (group: string) => void): void {}
