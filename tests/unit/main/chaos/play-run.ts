import { type ChaosStep, ChaosWorld } from './chaos-world';

/**
 * Plays one run on a fresh runtime, checking every invariant after each step. Throws with the
 * step that broke one (fast-check then shrinks the run to the fewest steps that still do).
 */
export async function playRun(run: { file: string | undefined; steps: ChaosStep[] }) {
  const zone = process.env.TZ;
  try {
    const world = new ChaosWorld(run.file);
    world.check();
    for (const [index, step] of run.steps.entries()) {
      try {
        await world.apply(step);
        world.check();
      } catch (error) {
        const what = error instanceof Error ? error.message : String(error);
        throw new Error(`Step ${index + 1} (${JSON.stringify(step)?.slice(0, 200)}): ${what}`, {
          cause: error,
        });
      }
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}
