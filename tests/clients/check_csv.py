"""Reads a DSR Tracker milestone CSV as a spreadsheet user's script would,
with Python's csv module (a byte-order mark, '#' comment lines above the
header), and checks each row's independent_source against the dataset
(expected.json, written by tests/e2e/backing.rs).

usage: check_csv.py FILE.csv EXPECTED.json
expected.json: {"backing": {"<id>": "yes" | "no" | "not stated", ...}}
Prints every problem found and exits 1 if there is any.
"""
import csv
import json
import sys

from report import check, verdict


def main(path, expected_path):
    exp = json.load(open(expected_path, encoding="utf-8"))["backing"]
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = [l for l in f if not l.startswith("#")]
    rows = list(csv.DictReader(lines))
    check(rows, "no rows")
    check(rows and "independent_source" in rows[0], f"no independent_source column: {list(rows[0]) if rows else []}")
    got = {r["id"]: r.get("independent_source") for r in rows}
    check(set(got) == set(exp), f"ids differ: extra {sorted(set(got) - set(exp))}, missing {sorted(set(exp) - set(got))}")
    for i, want in exp.items():
        if i in got:
            check(got[i] == want, f"{i}: independent_source {got[i]!r}, the data says {want!r}")
    return verdict(f"csv: {len(rows)} rows read, independent_source as the data says")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
