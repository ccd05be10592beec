// The lab screen's own worker pool (module Web Workers sized to the cores, as the forecast's): made when the screen
// opens, ended when it closes, so a run never outlives the screen and never competes with the game's forecast.
import { LabService } from './labService';
import { poolSize, WorkerPool, type WorkerLike } from './workerPool';

/** A lab service and how to end its workers. */
export interface LabWorkers {
  service: LabService;
  destroy(): void;
}

/** Starts a pool of lab workers (they load while the player fills in the form). */
export function startLabWorkers(): LabWorkers {
  const pool = new WorkerPool(poolSize(navigator.hardwareConcurrency), () =>
    new Worker(new URL('./forecastWorker.ts', import.meta.url), { type: 'module', name: 'lab' }) as unknown as WorkerLike,
  );
  pool.warm();
  const service = new LabService(pool);
  return {
    service,
    destroy: () => {
      service.cancel();
      pool.destroy();
    },
  };
}
