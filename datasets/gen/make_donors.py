#!/usr/bin/env python3
"""make_donors.py - write the synthetic donors.csv and case_file.csv.

Synthetic: no real person's data.  The totals match the published figures of
the case that motivates casestat: 7,000+ donors in a two-month window
(18 June - 14 August 2023), 800 questioned, a case file of 7 donors of whom
6 complained; the prosecution alleges a loss of 23,000 tenge in all, the six
complaints allege 16,000.  Deterministic (fixed seed): rerunning it gives the
same bytes.  Run from the repository root:  python3 datasets/gen/make_donors.py
"""
import csv
import datetime
import random

SEED = 20230818
N_DONORS = 7214
START = datetime.date(2023, 6, 18)
END = datetime.date(2023, 8, 14)

# Regions of Kazakhstan in 2023 (17 regions, 3 cities of republican
# significance), with rough weights for where donors live.
REGIONS = [
    ("Almaty", 22), ("Astana", 16), ("Shymkent", 6), ("Almaty Region", 6),
    ("Karaganda Region", 6), ("East Kazakhstan Region", 4), ("Aktobe Region", 4),
    ("Pavlodar Region", 4), ("Kostanay Region", 4), ("Atyrau Region", 3),
    ("West Kazakhstan Region", 3), ("Mangystau Region", 3), ("Turkistan Region", 3),
    ("Zhambyl Region", 3), ("Kyzylorda Region", 2), ("North Kazakhstan Region", 2),
    ("Akmola Region", 2), ("Abai Region", 2), ("Jetisu Region", 2), ("Ulytau Region", 1),
]
CHANNELS = [("Kaspi", 64), ("card", 24), ("bank transfer", 9), ("cash", 3)]

# The case file: 7 donors; what the prosecution alleges each lost (sums to
# 23,000) and what six of them alleged in their complaints (sums to 16,000).
CASE_FILE = [
    # prosecution_kzt, complaint_kzt (None: did not complain)
    (5000, 3000), (5000, 4000), (3000, 2000), (3000, 2000),
    (3000, 3000), (2000, 2000), (2000, None),
]


def weighted(rng, items):
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    for name, w in items:
        r -= w
        if r <= 0:
            return name
    return items[-1][0]


def amount(rng):
    """A donation in tenge: mostly round sums, a few with tiyn."""
    v = rng.lognormvariate(8.0, 0.9)           # median about 3,000 KZT
    v = max(200.0, min(v, 500000.0))
    if rng.random() < 0.85:
        step = 500 if v >= 2000 else 100
        return "%d" % (round(v / step) * step)
    return "%.2f" % v


def main():
    rng = random.Random(SEED)
    days = (END - START).days
    donors = []
    for i in range(N_DONORS):
        donors.append({
            "donor_id": "D%05d" % (i + 1),
            "region": weighted(rng, REGIONS),
            "date": (START + datetime.timedelta(days=rng.randint(0, days))).isoformat(),
            "amount_kzt": amount(rng),
            "channel": weighted(rng, CHANNELS),
            "questioned": False, "in_case_file": False, "complained": False,
            "complaint_date": "", "amount_alleged_kzt": "",
        })
    # 800 questioned, chosen unevenly: Kaspi donors and Almaty residents
    # more often (the kind of selection a comparison should reveal).
    def weight(d):
        w = 1.0
        if d["channel"] == "Kaspi":
            w *= 2.0
        if d["region"] == "Almaty":
            w *= 1.6
        return w
    pool = list(range(N_DONORS))
    questioned = set()
    while len(questioned) < 800:
        i = rng.choice(pool)
        if i not in questioned and rng.random() < weight(donors[i]) / 3.2:
            questioned.add(i)
    for i in questioned:
        donors[i]["questioned"] = True
    # the case file: 7 of the questioned
    case = rng.sample(sorted(questioned), len(CASE_FILE))
    case_rows = []
    for i, (prosecution, complaint) in zip(case, CASE_FILE):
        d = donors[i]
        d["in_case_file"] = True
        if complaint is not None:
            d["complained"] = True
            gave = datetime.date.fromisoformat(d["date"])
            d["complaint_date"] = (max(gave, datetime.date(2023, 9, 1)) +
                                   datetime.timedelta(days=rng.randint(0, 40))).isoformat()
            d["amount_alleged_kzt"] = "%d" % complaint
        case_rows.append({
            "donor_id": d["donor_id"], "region": d["region"],
            "amount_donated_kzt": d["amount_kzt"],
            "complained": "true" if complaint is not None else "false",
            "complaint_date": d["complaint_date"],
            "alleged_by_prosecution_kzt": "%d" % prosecution,
            "alleged_in_complaint_kzt": "" if complaint is None else "%d" % complaint,
        })

    fields = ["donor_id", "region", "date", "amount_kzt", "channel", "questioned",
              "in_case_file", "complained", "complaint_date", "amount_alleged_kzt"]
    with open("datasets/donors.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for d in donors:
            row = dict(d)
            for k in ("questioned", "in_case_file", "complained"):
                row[k] = "true" if d[k] else "false"
            w.writerow(row)
    with open("datasets/case_file.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(case_rows[0].keys()), lineterminator="\n")
        w.writeheader()
        for r in sorted(case_rows, key=lambda r: r["donor_id"]):
            w.writerow(r)


if __name__ == "__main__":
    main()
