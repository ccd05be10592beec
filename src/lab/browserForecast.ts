// The page's one forecast service, on a pool of module Web Workers sized to the machine's cores.
import { ForecastService } from './forecastService';
import { poolSize, WorkerPool, type WorkerLike } from './workerPool';

let service: ForecastService | null = null;

/** A new pool of forecast workers (started on first use); `size` defaults to the machine's cores but one. */
export function newForecastPool(size = poolSize(navigator.hardwareConcurrency)): WorkerPool {
  return new WorkerPool(size, () =>
    new Worker(new URL('./forecastWorker.ts', import.meta.url), { type: 'module', name: 'forecast' }) as unknown as WorkerLike,
  );
}

/** The shared service (its workers start on the first call, so call it early to have them ready). */
export function forecastService(): ForecastService {
  if (!service) {
    const pool = newForecastPool();
    pool.warm();
    service = new ForecastService(pool);
  }
  return service;
}
