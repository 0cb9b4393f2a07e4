#!/bin/sh
# Delivery chaos, full form (issue 18): two scheduler instances on Redis (REDIS_URL) and on the
# SQLite file, seeded kills, dropped Redis connections, stalls, 503s and accepted-then-cut posts
# against the fake Discord REST. Defaults: 6 seeds x 2 rounds x 10 channels = 120 channel-slots per
# backend. Override with CHAOS_SEEDS=1,2 CHAOS_CHANNELS=20 CHAOS_ROUNDS=3; replay one with its seed.
set -e
export CHAOS_SEEDS="${CHAOS_SEEDS:-11,22,33,44,55,66}"
export CHAOS_CHANNELS="${CHAOS_CHANNELS:-10}"
export CHAOS_ROUNDS="${CHAOS_ROUNDS:-2}"
exec npx vitest run tests/chaos/deliveryChaos.test.ts --reporter=verbose "$@"
