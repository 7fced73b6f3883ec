#!/usr/bin/env python3
"""make_lists.py - write the synthetic datasets/lists.csv.

Synthetic lists of people detained during a wave of arrests after protests,
kept by four organisations and merged by record linkage into one row per
person: which lists name each person.  The input of multiple systems
estimation (casestat mse).  No real person, event or organisation.

How the people and the lists are made (so that a reader can see what the
estimates should find):
  - a true number of people detained in each of five regions (TRUE below,
    4,750 in all); each person has a "visibility" (how known they are:
    activists and people with a phone at hand more), drawn from a gamma
    distribution, which makes people differ in how likely they are to be
    listed by every organisation at once (heterogeneity);
  - hotline: a legal-aid hotline that relatives call; better known in the
    cities;
  - lawyers: a lawyers' association, which takes many of its cases from the
    hotline: being on the hotline's list makes being on this one more likely
    (positive dependence between two lists);
  - media: names published in the press and on social media, mostly of
    visible people;
  - official: the list the prosecutor's office published, for every region
    but Mangystau Region, where none was published (that list holds nobody
    there).
The people no list names are not written: that is what is estimated.
Deterministic (fixed seed).  Run from the repository root:
    python3 datasets/gen/make_lists.py
"""
import csv
import datetime
import random

SEED = 20240310
# region: true number detained, whether it is a city (hotline better known)
TRUE = [("Almaty", 2300, True), ("Shymkent", 950, True), ("Zhambyl Region", 650, False),
        ("Almaty Region", 500, False), ("Mangystau Region", 350, False)]
START = datetime.date(2024, 3, 4)
DAYS = 21


def clip(p):
    return min(max(p, 0.0), 0.95)


def main():
    rng = random.Random(SEED)
    rows = []
    for region, n, city in TRUE:
        for _ in range(n):
            vis = rng.gammavariate(5.0, 0.2)          # mean 1, some far more visible
            sex = "female" if rng.random() < 0.18 else "male"
            age = min(75, max(16, int(rng.gauss(31, 9))))
            day = START + datetime.timedelta(days=min(DAYS - 1, int(rng.expovariate(1 / 4.0))))
            hotline = rng.random() < clip((0.34 if city else 0.22) * vis ** 0.7)
            lawyers = rng.random() < clip(0.52 if hotline else 0.12 * vis ** 0.5)
            media = rng.random() < clip(0.13 * vis ** 1.3)
            official = region != "Mangystau Region" and rng.random() < clip(0.30 * vis ** 0.3)
            if not (hotline or lawyers or media or official):
                continue
            rows.append({
                "region": region, "sex": sex, "age": age, "detained_on": day.isoformat(),
                "hotline": hotline, "lawyers": lawyers, "media": media, "official": official,
            })
    rng.shuffle(rows)
    rows.sort(key=lambda r: (r["detained_on"], r["region"]))
    with open("datasets/lists.csv", "w", newline="", encoding="utf-8") as f:
        fields = ["person_id", "region", "sex", "age", "detained_on", "hotline", "lawyers", "media", "official"]
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for i, r in enumerate(rows):
            out = {"person_id": "P%05d" % (i + 1)}
            for k in fields[1:]:
                v = r[k]
                out[k] = ("true" if v else "false") if isinstance(v, bool) else v
            w.writerow(out)


if __name__ == "__main__":
    main()
