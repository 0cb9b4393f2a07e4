#!/bin/sh
# Delivery chaos, full form (issue 18), two tests:
# - tests/chaos/deliveryChaos.test.ts: two scheduler instances in one process on Redis (REDIS_URL)
#   and on the SQLite file, killed at random I/O points, dropped Redis connections, stalls, 503s and
#   accepted-then-cut posts against the fake Discord REST;
# - tests/chaos/processChaos.test.ts: the same, with each instance its own Node process (the built
#   code in dist/) killed with SIGKILL.
# Defaults: 6 seeds x 2 rounds x 10 channels = 120 channel-slots per backend and test. Override
# with CHAOS_SEEDS=1,2 CHAOS_CHANNELS=20 CHAOS_ROUNDS=3; replay one run with its seed.
set -e
export CHAOS_SEEDS="${CHAOS_SEEDS:-11,22,33,44,55,66}"
export PROCESS_CHAOS_SEEDS="${PROCESS_CHAOS_SEEDS:-$CHAOS_SEEDS}"
export CHAOS_CHANNELS="${CHAOS_CHANNELS:-10}"
export CHAOS_ROUNDS="${CHAOS_ROUNDS:-2}"
npm run build --silent
exec npx vitest run tests/chaos/deliveryChaos.test.ts tests/chaos/processChaos.test.ts --reporter=verbose "$@"
