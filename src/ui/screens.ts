// Which screens each machine state shows (pure data, so it can be checked against the machine without Phaser).

/** Scene keys, in render order (later ones draw on top). */
export const SCENES = ['Menu', 'Game', 'Debrief', 'Briefing', 'Decision', 'Report', 'Notice'] as const;
export type SceneKey = (typeof SCENES)[number];

/** The scenes each machine state shows; the Game scene stays up under its overlays. */
export const SCENES_OF_STATE: Record<string, readonly SceneKey[]> = {
  menu: ['Menu'],
  briefing: ['Game', 'Briefing'],
  planning: ['Game'],
  resolving: ['Game'],
  decision: ['Game', 'Decision'],
  report: ['Game', 'Report'],
  debrief: ['Debrief'],
};

/** The scenes to show for a state and whether an error is waiting (the notice goes on top of anything). */
export function scenesFor(state: string, hasError: boolean): Set<SceneKey> {
  const wanted = new Set<SceneKey>(SCENES_OF_STATE[state] ?? ['Menu']);
  if (hasError) wanted.add('Notice');
  return wanted;
}
