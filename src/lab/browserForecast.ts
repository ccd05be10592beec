// The page's one forecast service, on a pool of module Web Workers sized to the machine's cores.
import { ForecastService } from './forecastService';
import { poolSize, WorkerPool, type WorkerLike } from './workerPool';

let service: ForecastService | null = null;

/** The shared service (its workers start on the first call, so call it early to have them ready). */
export function forecastService(): ForecastService {
  if (!service) {
    const pool = new WorkerPool(poolSize(navigator.hardwareConcurrency), () =>
      new Worker(new URL('./forecastWorker.ts', import.meta.url), { type: 'module', name: 'forecast' }) as unknown as WorkerLike,
    );
    pool.warm();
    service = new ForecastService(pool);
  }
  return service;
}
