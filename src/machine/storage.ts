// Where saves live: a small key-value interface, with a browser adapter that survives private mode and a full disk.

/** The storage the machine saves to; injected so tests use memory and the browser uses localStorage. */
export interface SaveStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void; // throws when storage is full or unavailable
  removeItem(key: string): void;
  keys(): string[];
}

/** The key of the save written at the start of every turn, resumed by "Continue". */
export const AUTOSAVE_KEY = 'autosave';

const SLOT_PREFIX = 'slot:';
const PROBE_KEY = 'probe';

/** The storage key of a named slot. */
export const slotKey = (slot: string): string => `${SLOT_PREFIX}${slot}`;

/** The slot name of a storage key, or null when the key is not a named slot. */
export const slotOfKey = (key: string): string | null => (key.startsWith(SLOT_PREFIX) ? key.slice(SLOT_PREFIX.length) : null);

/** An in-memory storage for tests and for browsers without storage; `failWrites` simulates a full disk. */
export function memoryStorage(initial: Record<string, string> = {}, options: { failWrites?: boolean } = {}): SaveStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (options.failWrites) throw new Error('QuotaExceededError: storage is full');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  };
}

/** localStorage under a prefix; reads that fail look empty, writes that fail throw so the machine turns saving off. */
export function browserStorage(prefix = 'multi-vector:'): SaveStorage {
  const local = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null; // reading the property itself throws SecurityError in some private modes
    } catch {
      return null;
    }
  };
  return {
    getItem(key) {
      try {
        return local()?.getItem(prefix + key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      const store = local();
      if (!store) throw new Error('Browser storage is unavailable.');
      store.setItem(prefix + key, value); // QuotaExceededError propagates to the machine
    },
    removeItem(key) {
      try {
        local()?.removeItem(prefix + key);
      } catch {
        // nothing to remove from unavailable storage
      }
    },
    keys() {
      try {
        const store = local();
        if (!store) return [];
        const out: string[] = [];
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i);
          if (key?.startsWith(prefix)) out.push(key.slice(prefix.length));
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}

/** Writes a value; false (instead of a throw) when the storage is full or unavailable. */
export function writeSafely(storage: SaveStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return storage.getItem(key) === value;
  } catch {
    return false;
  }
}

/** Whether saving works at all right now: writes and removes a probe key. */
export function probeStorage(storage: SaveStorage): 'on' | 'off' {
  const works = writeSafely(storage, PROBE_KEY, '1');
  try {
    storage.removeItem(PROBE_KEY);
  } catch {
    return 'off';
  }
  return works ? 'on' : 'off';
}
