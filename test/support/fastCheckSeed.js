// Property tests explore thousands of generated cases, always the same ones: a fixed seed, so that a CI run is
// reproducible (a counterexample found by chance would otherwise stop a landing that changed nothing it tests).
// To explore new cases: FC_SEED=random npm test (or any number); a failure prints the seed to replay it.
const fc = require('fast-check');

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: wanted ? Number(wanted) : 20261203 });
