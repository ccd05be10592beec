// The forecast Web Worker's entry: each message goes to the handler, each answer back to the page.
import { createWorkerHandler } from './workerHandler';
import type { FromWorker, ToWorker } from './workerProtocol';

/** The worker's global scope, typed only as far as this file uses it. */
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

const handle = createWorkerHandler((message) => scope.postMessage(message));
scope.onmessage = ({ data }) => handle(data);
