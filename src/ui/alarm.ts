// Russia's alarm in words: the one place its bands are set (the HUD, the map and the briefing all read them here).

/** How Russia's alarm reads in words, so it is plain without colour. */
export type AlarmLevel = 'calm' | 'wary' | 'alarmed' | 'hostile';

/** The level word for an alarm value 0..100. */
export function alarmLevel(alarm: number): AlarmLevel {
  if (alarm < 30) return 'calm';
  if (alarm < 50) return 'wary';
  if (alarm < 70) return 'alarmed';
  return 'hostile';
}
