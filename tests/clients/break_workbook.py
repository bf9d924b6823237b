"""Writes a broken copy of a DSR Tracker workbook with openpyxl, as a person
editing it in a spreadsheet might: the first milestone's date typed as
"18 April 2019", and the first source's kind set to "blog".

usage: break_workbook.py IN.xlsx OUT.xlsx
"""
import sys

import openpyxl


def main(src, out):
    wb = openpyxl.load_workbook(src)
    ms = wb["milestones"]
    head = [c.value for c in ms[1]]
    ms.cell(row=2, column=head.index("date") + 1, value="18 April 2019")
    src_sheet = wb["sources"]
    head = [c.value for c in src_sheet[1]]
    src_sheet.cell(row=2, column=head.index("kind") + 1, value="blog")
    wb.save(out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
