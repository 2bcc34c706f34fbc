import fc from 'fast-check';

/**
 * Property tests run from a fixed seed so that a CI run is reproducible; `FC_SEED=random` explores new
 * cases (fast-check prints the seed and path of any counterexample), `FC_SEED=<n>` replays one run.
 */
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261123 : Number(seed) });
