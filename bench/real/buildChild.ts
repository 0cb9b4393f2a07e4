/**
 * Child process of `measureRealBuilds`: builds the index of the corpus folder given as its only
 * argument, the way `briefbot start` does on one thread, and sends back time, RSS and counts.
 */
import { loadEngine } from "../../src/app.js";
import { defaultConfigDir } from "../../src/config/paths.js";

const dir = process.argv[2];
if (dir === undefined || process.send === undefined) {
  console.error("buildChild: run by measureRealBuilds with a corpus folder");
  process.exit(2);
}
const started = performance.now();
const index = await loadEngine({ corpusDir: dir, configDir: defaultConfigDir() });
process.send({
  seconds: (performance.now() - started) / 1000,
  rssMB: Math.round(process.memoryUsage().rss / 1e6),
  people: index.officials.people.length,
  statements: index.officials.statements.length,
});
process.exit(0);
