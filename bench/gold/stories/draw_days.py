#!/usr/bin/env python3
"""Draw the day pairs of the story-clustering gold set (standard library only).

Usage (from the project root):
    python3 bench/gold/stories/draw_days.py [--extra-tuning] [path/to/orangesum-news.jsonl.gz]

Procedure (fixed seed, chosen without looking at content):
  * count articles per distinct `date`;
  * candidates = sorted dates d with >= 10 articles whose next calendar day
    d+1 also has >= 10 articles;
  * random.Random(20).sample(candidates, 4) -> starting days, in draw order;
  * pairs 1-2 = "tuning", pairs 3-4 = "heldout".
Prints the four pairs and the article ids of each day (corpus order).

With --extra-tuning, two more "tuning" pairs are drawn as well:
  * random.Random(21).sample(candidates, 8) -> 8 candidate starting days, in
    draw order (same candidate list as above);
  * walking them in draw order, keep the first 2 whose pair (d, d+1) shares no
    day with the four seed-20 pairs nor with an extra pair already kept;
  * these are pairs 5-6, "tuning".
The output for seed 20 (pairs 1-4) is printed first and is unchanged.
"""
import datetime
import gzip
import json
import os
import random
import sys
from collections import defaultdict

SEED = 20
N_PAIRS = 4
MIN_PER_DAY = 10

EXTRA_SEED = 21
EXTRA_SAMPLE = 8
EXTRA_KEEP = 2


def next_day(d):
    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=1)).isoformat()


def print_pair(num, half, d, ids_by_day):
    nxt = next_day(d)
    print(f"pair {num} {half} {d} {nxt}")
    for day in (d, nxt):
        print(f"  {day} n={len(ids_by_day[day])}: {' '.join(ids_by_day[day])}")


def main():
    args = sys.argv[1:]
    extra = "--extra-tuning" in args
    args = [a for a in args if a != "--extra-tuning"]
    default = os.path.join("..", "shared", "corpora", "orangesum-news.jsonl.gz")
    path = args[0] if args else default
    ids_by_day = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            ids_by_day[rec["date"]].append(rec["id"])
    candidates = []
    for d in sorted(ids_by_day):
        if len(ids_by_day[d]) < MIN_PER_DAY:
            continue
        nxt = next_day(d)
        if len(ids_by_day.get(nxt, [])) >= MIN_PER_DAY:
            candidates.append(d)
    rng = random.Random(SEED)
    starts = rng.sample(candidates, N_PAIRS)
    print(f"seed={SEED} candidates={len(candidates)}")
    for i, d in enumerate(starts):
        half = "tuning" if i < 2 else "heldout"
        print_pair(i + 1, half, d, ids_by_day)

    if not extra:
        return
    used = set()
    for d in starts:
        used.update((d, next_day(d)))
    drawn = random.Random(EXTRA_SEED).sample(candidates, EXTRA_SAMPLE)
    print(f"extra-tuning seed={EXTRA_SEED} drawn={' '.join(drawn)}")
    kept = []
    for d in drawn:
        days = {d, next_day(d)}
        if days & used:
            print(f"  skip {d}: overlaps an earlier pair")
            continue
        kept.append(d)
        used.update(days)
        if len(kept) == EXTRA_KEEP:
            break
    for i, d in enumerate(kept):
        print_pair(N_PAIRS + i + 1, "tuning", d, ids_by_day)


if __name__ == "__main__":
    main()
