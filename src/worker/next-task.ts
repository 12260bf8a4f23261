// Yields to the event loop: what is queued (input, a paint, a message) runs
// before the code after the await. Shared by the sliced graph add, the worker's
// warm-up, the main-thread client and the renderer probe; not in core, which
// has no timers.

/** Resolves in a task of its own, after what the browser has queued. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves at the start of the next frame, with its timestamp (a page only: workers have no frames). */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
