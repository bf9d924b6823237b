"""Reads a DSR Tracker deck "a year each" with python-pptx and openpyxl, and
checks it against the data (expected.json, written by tests/e2e/slides.rs):
one slide per state (the end of each year, then now), each naming its date,
and for the agreements chart each slide's chart and workbook holding the
counts as of that date.

usage: check_year_deck.py DECK.pptx EXPECTED.json
Prints every problem found and exits 1 if there is any.
"""
import io
import json
import sys

import openpyxl
from pptx import Presentation

from report import check, problems


def slide_text(slide):
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def main(deck_path, expected_path):
    exp = json.load(open(expected_path, encoding="utf-8"))
    deck = Presentation(deck_path)
    slides = list(deck.slides)
    states = exp["states"]
    check(len(slides) == len(states) + 2, f"{len(slides)} slides, expected {len(states)} states + 2")
    for state, slide in zip(states, slides[1:-1]):
        label = state["label"]
        text = slide_text(slide).replace("\n", "")
        check(label in text, f"{label}: the slide does not name its date: {text[:120]!r}")
        if exp["chart"] == "map":
            pics = [s for s in slide.shapes if s.shape_type == 13]
            check(len(pics) == 1, f"{label}: {len(pics)} pictures on a map slide")
            continue
        frames = [s for s in slide.shapes if s.has_chart]
        want = state.get("counts")
        if want is None:
            check(len(frames) == 1, f"{label}: {len(frames)} charts")
            continue
        if not want:
            check(not frames and exp["nothing"] in text, f"{label}: nothing was counted yet, but the slide does not say so")
            continue
        if not check(len(frames) == 1, f"{label}: {len(frames)} charts"):
            continue
        chart = frames[0].chart
        plot = chart.plots[0]
        cats = [str(c) for c in plot.categories]
        (values,) = [list(s.values) for s in plot.series]
        got = {}
        for cat, v in zip(cats, values):
            names = [n for n in want if cat.startswith(n)]
            if v is None:
                # Not yet counted by then: a gap, never 0, and not one of the counted.
                check(not names, f"{label}: {cat!r} is drawn as not yet, but was counted by then")
                continue
            check(len(names) == 1, f"{label}: the bar {cat!r} is not one agreement of {sorted(want)}")
            if names:
                got[names[0]] = int(v)
        check(got == want, f"{label}: bars {got} != as of then {want}")
        # The workbook behind the chart (Edit Data) holds the same numbers.
        blob = chart.part.chart_workbook.xlsx_part.blob
        rows = list(openpyxl.load_workbook(io.BytesIO(blob)).active.iter_rows(values_only=True))[1:]
        as_num = lambda v: None if v is None else float(v)
        check([str(r[0]) for r in rows] == cats and [as_num(r[1]) for r in rows] == [as_num(v) for v in values],
              f"{label}: the workbook differs from the chart")

    for p in problems:
        print(p)
    print(f"{deck_path}: {len(slides)} slides, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
