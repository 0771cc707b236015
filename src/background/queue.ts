// Serialises async tasks: each starts after the previous one settles. The worker is the single writer to
// storage, and read-modify-write from two tabs at once would otherwise lose an update.
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
