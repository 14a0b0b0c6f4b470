/**
 * Which groups of messages the elements on this page use. A group is one src/content
 * module; each registers itself when it loads (`usesMessages('services')`). In the npm
 * build a language then loads only these groups' translations (src/localization.ts), so
 * an app with two widgets does not download the other nine widgets' strings.
 */
const used = new Set<string>();
let listener: ((group: string) => void) | undefined;

/** Registers a message group (call once at the top level of a content module). */
export function usesMessages(group: string): void {
  if (used.has(group)) return;
  used.add(group);
  listener?.(group);
}

/** The groups registered so far. */
export function usedMessageGroups(): string[] {
  return [...used];
}

/** Called for each group registered from now on (one listener: src/localization.ts). */
export function onMessageGroup(callback: (group: string) => void): void {
  listener = callback;
}
