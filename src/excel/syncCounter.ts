/** context.sync() with a count, so a run can report how many round trips it made. */
export interface CountedSync {
  (): Promise<void>;
  readonly count: number;
}

export function countingSync(context: Pick<Excel.RequestContext, 'sync'>): CountedSync {
  let count = 0;
  const sync = async (): Promise<void> => {
    count += 1;
    await context.sync();
  };
  Object.defineProperty(sync, 'count', { get: () => count });
  return sync as CountedSync;
}
