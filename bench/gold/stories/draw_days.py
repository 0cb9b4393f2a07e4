#!/usr/bin/env python3
"""Draw the day pairs of the story-clustering gold set (standard library only).

Usage (from the project root):
    python3 bench/gold/stories/draw_days.py [path/to/orangesum-news.jsonl.gz]

Procedure (fixed seed, chosen without looking at content):
  * count articles per distinct `date`;
  * candidates = sorted dates d with >= 10 articles whose next calendar day
    d+1 also has >= 10 articles;
  * random.Random(20).sample(candidates, 4) -> starting days, in draw order;
  * pairs 1-2 = "tuning", pairs 3-4 = "heldout".
Prints the four pairs and the article ids of each day (corpus order).
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


def main():
    default = os.path.join("..", "shared", "corpora", "orangesum-news.jsonl.gz")
    path = sys.argv[1] if len(sys.argv) > 1 else default
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
        nxt = (datetime.date.fromisoformat(d) + datetime.timedelta(days=1)).isoformat()
        if len(ids_by_day.get(nxt, [])) >= MIN_PER_DAY:
            candidates.append(d)
    rng = random.Random(SEED)
    starts = rng.sample(candidates, N_PAIRS)
    print(f"seed={SEED} candidates={len(candidates)}")
    for i, d in enumerate(starts):
        half = "tuning" if i < 2 else "heldout"
        nxt = (datetime.date.fromisoformat(d) + datetime.timedelta(days=1)).isoformat()
        print(f"pair {i + 1} {half} {d} {nxt}")
        for day in (d, nxt):
            print(f"  {day} n={len(ids_by_day[day])}: {' '.join(ids_by_day[day])}")


if __name__ == "__main__":
    main()
