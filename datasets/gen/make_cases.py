#!/usr/bin/env python3
"""make_cases.py - write the synthetic datasets/cases.csv.

Synthetic reports of domestic and sexual violence to the police, 2019-2023,
by region, with what the police did: the kind of register behind the
question "how often do police take no action?".  No real case or person.
Rates are invented but plausible: most reports lead to no action, a minority
to charges, fewer to convictions; officers are rarely sanctioned.
Deterministic (fixed seed).  Run from the repository root:
    python3 datasets/gen/make_cases.py
"""
import csv
import datetime
import random

SEED = 20191125            # 25 November: International Day for the Elimination of Violence against Women
N = 4000
REGIONS = [("Almaty", 18), ("Astana", 14), ("Shymkent", 8), ("Karaganda Region", 9),
           ("Turkistan Region", 10), ("East Kazakhstan Region", 7), ("Aktobe Region", 6),
           ("Zhambyl Region", 7), ("Pavlodar Region", 5), ("Kyzylorda Region", 4)]
TYPES = [("domestic violence", 78), ("sexual violence", 22)]


def weighted(rng, items):
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    for name, w in items:
        r -= w
        if r <= 0:
            return name
    return items[-1][0]


def main():
    rng = random.Random(SEED)
    rows = []
    for i in range(N):
        year = rng.choice([2019, 2020, 2021, 2022, 2023, 2023, 2022])   # more recent reports
        day = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
        region = weighted(rng, REGIONS)
        kind = weighted(rng, TYPES)
        # the chance of any action rises a little each year, and is lower
        # outside the three cities
        p_inv = 0.30 + 0.03 * (year - 2019) - (0.06 if region not in ("Almaty", "Astana", "Shymkent") else 0)
        investigated = rng.random() < p_inv
        charged = investigated and rng.random() < (0.45 if kind == "sexual violence" else 0.38)
        convicted = charged and rng.random() < 0.55
        action = "charged" if charged else ("investigated" if investigated else "none")
        sanctioned = (not investigated) and rng.random() < 0.012
        rows.append({
            "case_id": "C%05d" % (i + 1),
            "report_date": day.isoformat(),
            "year": year,
            "region": region,
            "violence_type": kind,
            "police_action": action,
            "investigated": "true" if investigated else "false",
            "charged": "true" if charged else "false",
            "convicted": "true" if convicted else "false",
            "officer_sanctioned": "true" if sanctioned else "false",
        })
    rows.sort(key=lambda r: (r["report_date"], r["case_id"]))
    with open("datasets/cases.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
