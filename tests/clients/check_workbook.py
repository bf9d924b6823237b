"""Reads a DSR Tracker workbook (.xlsx) with openpyxl, as a spreadsheet
user's script would, and checks what LibreOffice and Excel show a person:
the sheets, the frozen header row of each, the drop-down lists of the closed
vocabularies (data validations whose list is a defined name on the lists
sheet), both languages side by side, the codebook, and the milestones' ids.

usage: check_workbook.py FILE.xlsx EXPECTED.json
expected.json: {"sheets": [...], "ids": [...],
                "lists": {"<sheet>": {"<column>": "<list name>"}},
                "vocab": {"<list name>": [tokens]}, "codebook_rows": N}
Prints every problem found and exits 1 if there is any.
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter

from report import check, verdict


def main(path, expected_path):
    exp = json.load(open(expected_path, encoding="utf-8"))
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == exp["sheets"], f"sheets {wb.sheetnames}, expected {exp['sheets']}")
    for name in wb.sheetnames:
        if name != "lists":
            check(wb[name].freeze_panes == "A2", f"{name}: header row not frozen ({wb[name].freeze_panes})")

    ms = wb["milestones"]
    header = [c.value for c in ms[1]]
    check(header[3:5] == ["title_en", "title_zh"], f"titles not side by side: {header}")
    ids = [r[0] for r in ms.iter_rows(min_row=2, values_only=True) if r[0]]
    # The page writes them in date order; the dataset file may list them otherwise.
    check(len(ids) == len(set(ids)) and sorted(ids) == sorted(exp["ids"]),
          f"milestone ids differ: {len(ids)} read, {len(exp['ids'])} expected; "
          f"missing {sorted(set(exp['ids']) - set(ids))[:5]}, extra {sorted(set(ids) - set(exp['ids']))[:5]}")

    names = wb.defined_names
    for sheet, columns in exp["lists"].items():
        ws = wb[sheet]
        head = [c.value for c in ws[1]]
        for column, list_name in columns.items():
            if not check(column in head, f"{sheet}: no column {column}"):
                continue
            letter = get_column_letter(head.index(column) + 1)
            found = [dv for dv in ws.data_validations.dataValidation
                     if dv.type == "list" and dv.formula1 == list_name
                     and any(str(r).startswith(f"{letter}2:") for r in dv.sqref.ranges)]
            check(found, f"{sheet}.{column}: no drop-down list {list_name} on column {letter}")
            if not check(list_name in names, f"no defined name {list_name}"):
                continue
            [(title, ref)] = list(names[list_name].destinations)
            values = [c.value for row in wb[title][ref.replace("$", "")] for c in row]
            check(values == exp["vocab"][list_name],
                  f"list {list_name}: {values[:8]}… expected {exp['vocab'][list_name][:8]}…")

    readme = wb["README"]
    rows = [r for r in readme.iter_rows(min_row=2, values_only=True) if r[1]]
    check(len(rows) == exp["codebook_rows"], f"codebook: {len(rows)} column rows, expected {exp['codebook_rows']}")
    check(all(r[3] for r in rows), "codebook: a column without its allowed values")
    return verdict(f"workbook: {len(wb.sheetnames)} sheets, {len(ids)} milestones, headers frozen, lists and codebook as expected")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
