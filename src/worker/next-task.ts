// One yield to the event loop: what is queued (input, a paint, a message) runs
// before the code after the await. Shared by the sliced graph add, the worker's
// warm-up and the main-thread client; not in core, which has no timers.

/** Resolves in a task of its own, after what the browser has queued. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
