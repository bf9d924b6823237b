"""Reads a comparison's slide deck (country=KEN,ETH) with python-pptx and
checks it against the page's tables (expected.json, written by tests/e2e/compare.rs):
the lanes and the membership matrix as native tables, the milestones per year
as native clustered columns whose series are the page's columns.

usage: check_compare_deck.py DECK.pptx EXPECTED.json
Prints every problem found and exits 1 if there is any.
"""
import json
import sys

from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from report import check, problems


deck = Presentation(sys.argv[1])
expected = json.load(open(sys.argv[2], encoding="utf-8"))
slides = list(deck.slides)
check(len(slides) == 5, f"{len(slides)} slides, want 5 (title, lanes, per year, matrix, closing)")

def table_of(slide):
    for shape in slide.shapes:
        if shape.has_table:
            rows = [[c.text for c in r.cells] for r in shape.table.rows]
            return rows
    return None

def notes(slide):
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""

by_id = {t["id"]: t for t in expected["tables"]}
for k, chart_id in [(1, "compare"), (3, "membership")]:
    if k >= len(slides):
        break
    page = by_id[chart_id]
    rows = table_of(slides[k])
    if not check(rows is not None, f"slide {k + 1} ({chart_id}) has no native table"):
        continue
    check(rows[0] == page["head"], f"{chart_id}: head {rows[0]} != page {page['head']}")
    shown = rows[1:]
    check(shown == page["rows"][: len(shown)], f"{chart_id}: rows {shown} != page {page['rows'][:len(shown)]}")
    check(len(shown) == min(len(page["rows"]), 14), f"{chart_id}: {len(shown)} rows shown of {len(page['rows'])}")
    # Every row of the page's table is in the speaker notes.
    text = notes(slides[k])
    for row in page["rows"]:
        check(" | ".join(row) in text, f"{chart_id}: notes lack the row {row}")

if len(slides) > 2:
    page = by_id["compare-by-year"]
    charts = [s for s in slides[2].shapes if s.has_chart]
    if check(len(charts) == 1, "the per-year slide has no native chart"):
        check(charts[0].chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED,
              f"the per-year chart is {charts[0].chart.chart_type}, not clustered columns")
        plot = charts[0].chart.plots[0]
        categories = list(plot.categories)
        check(categories == [r[0] for r in page["rows"]], f"years {categories} != page {[r[0] for r in page['rows']]}")
        names = [s.name for s in plot.series]
        check(names == page["head"][1:], f"series {names} != page {page['head'][1:]}")
        for k, series in enumerate(plot.series):
            want = [float(r[k + 1]) for r in page["rows"]]
            got = [float(v) if v is not None else 0.0 for v in series.values]
            check(got == want, f"{series.name}: {got} != page {want}")

if len(slides) > 2:
    years_title = by_id["compare-by-year"]["caption"]
    text = "\n".join(s.text_frame.text for s in slides[2].shapes if s.has_text_frame)
    check(text.count(years_title) == 1 and (years_title + " —") not in text,
          f"the per-year slide's title is not {years_title!r} once: {text!r}")

title = "\n".join(s.text_frame.text for s in slides[1].shapes if s.has_text_frame) if len(slides) > 1 else ""
check(expected["title"] in title, f"the lanes' slide is not titled {expected['title']!r}: {title!r}")

for p in problems:
    print("PROBLEM:", p)
print(f"check_compare_deck: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
