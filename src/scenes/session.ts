// The running game actor shared by the scenes, with small typed helpers to read snapshots and send events.
// The session arrives with the game core (loaded after the menu is on screen); the menu draws without it until then.
import type { Actor } from 'xstate';
import type { gameMachine, GameContext, GameEvent, SaveStorage } from '../machine/index';
import type * as Machine from '../machine/index';
import type { ScenarioEntry } from '../ui/scenarioList';

/** The game actor type. */
export type GameActor = Actor<typeof gameMachine>;

interface Session {
  actor: GameActor;
  storage: SaveStorage;
  scenarios: ScenarioEntry[];
  machine: typeof Machine; // the machine's helpers (save lists…): the first screen must not import them, or it carries the core
}

let current: Session | null = null;
let arrived: (s: Session) => void = () => undefined;
const ready = new Promise<Session>((resolve) => (arrived = resolve));

/** Called once by the game core when it has started the actor. */
export function setSession(session: Session): void {
  current = session;
  arrived(session);
}

/** Whether the game core has loaded and started the actor. */
export const hasSession = (): boolean => current !== null;

/** Resolves once the game core has started (at once if it has). */
export const whenSession = (): Promise<Session> => ready;

/** The session (throws only if main forgot to set it: a programming error, not a player's). */
export function session(): Session {
  if (!current) throw new Error('The game session was not set before the scenes started.');
  return current;
}

/** The machine's state name and context now. */
export function snapshot(): { state: string; context: GameContext } {
  const s = session().actor.getSnapshot();
  return { state: String(s.value), context: s.context };
}

/** Sends an event to the machine. */
export function send(event: GameEvent): void {
  session().actor.send(event);
}

/** Subscribes a scene to snapshots and unsubscribes when the scene shuts down (so restarts never pile up listeners). */
export function watch(scene: Phaser.Scene, draw: (state: string, context: GameContext) => void): void {
  const sub = session().actor.subscribe((s) => {
    if (scene.sys.isActive()) draw(String(s.value), s.context);
  });
  scene.events.once('shutdown', () => sub.unsubscribe());
}
