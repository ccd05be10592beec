// Calendar labels of turns: '2022-H2' for half-year turns, '2023-Q1' for quarters.
import type { World } from './world';

type Calendar = Pick<World, 'startYear' | 'startPeriod' | 'turnLength'>;

/** The number of turns in a year for a turn length. */
export const periodsPerYear = (length: World['turnLength']): number => (length === 'half' ? 2 : 4);

/** The fraction of a year one turn covers (flows are annual rates). */
export const yearFraction = (world: Calendar): number => 1 / periodsPerYear(world.turnLength);

/** The date label of a turn, e.g. turnDate(world, 0) === '2022-H2'. */
export function turnDate(world: Calendar, turn: number): string {
  const per = periodsPerYear(world.turnLength);
  const index = world.startPeriod - 1 + turn;
  const year = world.startYear + Math.floor(index / per);
  const period = (index % per) + 1;
  return `${year}-${world.turnLength === 'half' ? 'H' : 'Q'}${period}`;
}
