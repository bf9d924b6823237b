"""Reads a DSR Tracker slide deck with python-pptx and openpyxl, and checks it
against what the page showed (expected.json, written by tests/e2e/slides.rs).

usage: check_deck.py DECK.pptx EXPECTED.json
Prints every problem found and exits 1 if there is any.
"""
import io
import json
import re
import sys

import openpyxl
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Emu

from report import check, problems


def first_int(text):
    m = re.search(r"\d+", text.replace(",", ""))
    return int(m.group()) if m else None


def slide_text(slide):
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def alt_text(shape):
    return shape._element.xpath("./*[1]/p:cNvPr/@descr")


def workbook_rows(chart):
    blob = chart.part.chart_workbook.xlsx_part.blob
    wb = openpyxl.load_workbook(io.BytesIO(blob))
    return [list(r) for r in wb.active.iter_rows(values_only=True)]


def main(deck_path, expected_path):
    exp = json.load(open(expected_path, encoding="utf-8"))
    deck = Presentation(deck_path)
    check(deck.slide_width == Emu(12192000) and deck.slide_height == Emu(6858000), "the deck is not 16:9")
    slides = list(deck.slides)
    charts = exp["charts"]
    check(len(slides) == len(charts) + 2, f"{len(slides)} slides, expected {len(charts) + 2}")
    for i, slide in enumerate(slides):
        check(slide.has_notes_slide and exp["version"] in slide.notes_slide.notes_text_frame.text,
              f"slide {i + 1}: the notes lack the citation (version {exp['version']})")
    check(exp["citation"] in slide_text(slides[-1]), "the closing slide lacks the citation")
    check(exp["licence"] in slide_text(slides[-1]), "the closing slide lacks the licence")
    check(exp["title"] in slide_text(slides[0]), "the title slide lacks the dataset's title")

    for c, slide in zip(charts, slides[1:-1]):
        name = c["id"]
        text = slide_text(slide)
        check(c["title"] in text.replace("\n", " ") or c["title"] in text.replace("\n", ""),
              f"{name}: no title {c['title']!r} in {text!r}")
        if name in exp.get("subtitles", {}):
            # These charts do not follow the filters: the slide says what they show instead
            # (their unit and date; the matrix's rows).
            check(exp["subtitles"][name][:20] in text.replace("\n", ""), f"{name}: the slide lacks its subtitle {exp['subtitles'][name][:20]!r}")
        else:
            check(exp["filters"][:20] in text.replace("\n", ""), f"{name}: the filters are not on the slide")
        check(("v" + exp["version"]) in text, f"{name}: the dataset version is not on the slide")
        if c["empty"]:
            check(exp["nothing"] in text, f"{name}: an empty chart does not say so")
            check(not any(s.has_chart for s in slide.shapes), f"{name}: an empty chart is drawn")
            continue
        if name == "membership":
            # A native table: the page's head, and its first rows (every row is in the notes).
            tables = [s for s in slide.shapes if s.has_table]
            if check(len(tables) == 1, f"membership: {len(tables)} tables on the slide"):
                rows = [[cell.text for cell in r.cells] for r in tables[0].table.rows]
                check(rows[0] == c["head"], f"membership: head {rows[0]} != page {c['head']}")
                check(rows[1:] == c["rows"][: len(rows) - 1], "membership: the rows differ from the page's")
                check(len(rows) - 1 == min(14, len(c["rows"])), f"membership: {len(rows) - 1} rows of {len(c['rows'])}")
                notes = slide.notes_slide.notes_text_frame.text
                for row in c["rows"]:
                    check(" | ".join(row) in notes, f"membership: the notes lack the row {row}")
            continue
        if name == "map":
            pics = [s for s in slide.shapes if s.shape_type == 13]
            if check(len(pics) == 1, f"map: {len(pics)} pictures"):
                check(pics[0].image.content_type == "image/png", "map: the picture is not a PNG")
                check(bool(alt_text(pics[0])) and alt_text(pics[0])[0].strip(), "map: no alt text")
                svg = [r for r in slide.part.rels.values() if r.target_ref.endswith(".svg")]
                check(len(svg) == 1, "map: no SVG beside the PNG")
            continue
        frames = [s for s in slide.shapes if s.has_chart]
        if not check(len(frames) == 1, f"{name}: {len(frames)} charts on the slide"):
            continue
        frame = frames[0]
        check(bool(alt_text(frame)) and c["title"] in alt_text(frame)[0], f"{name}: no alt text")
        chart = frame.chart
        plot = chart.plots[0]
        cats = [str(x) for x in plot.categories]
        series = {s.name: list(s.values) for s in plot.series}
        rows = c["rows"]
        want_type = {
            "agreements": XL_CHART_TYPE.BAR_CLUSTERED,
            "countries-by-region": XL_CHART_TYPE.BAR_CLUSTERED,
            "milestones-by-year": XL_CHART_TYPE.COLUMN_STACKED,
            "country": XL_CHART_TYPE.COLUMN_STACKED,
            "agreements-over-time": XL_CHART_TYPE.LINE_MARKERS,
        }[name]
        check(chart.chart_type == want_type, f"{name}: chart type {chart.chart_type}, expected {want_type}")
        if name == "agreements":
            # Each bar names its unit (partners, or signatories with China) and its date.
            want = [exp["bar_format"].format(name=r[0], unit=r[2], date=r[3]) for r in rows]
            check(cats == want, f"{name}: categories {cats} != {want}")
            # The key names the three kinds, as the page's legend does.
            for kind in exp["kinds"]:
                check(kind in text, f"{name}: the key lacks {kind!r}")
        if name == "countries-by-region":
            check(cats == [r[0] for r in rows], f"{name}: categories {cats} != table {[r[0] for r in rows]}")
        if name in ("agreements", "countries-by-region"):
            (values,) = series.values()
            check([int(v) for v in values] == [first_int(r[1]) for r in rows],
                  f"{name}: values {values} != table {[r[1] for r in rows]}")
        elif name in ("milestones-by-year", "country"):
            check(cats == [r[0] for r in rows], f"{name}: years {cats}")
            check(list(series) == c["head"][1:-1], f"{name}: series {list(series)} != {c['head'][1:-1]}")
            for j, cat_name in enumerate(c["head"][1:-1]):
                got = [int(v) for v in series.get(cat_name, [])]
                want = [int(r[j + 1]) for r in rows]
                check(got == want, f"{name}: {cat_name} {got} != {want}")
        else:
            # A true time axis: one category per year, in order, each value the
            # count as of that year's end (a gap before a series' first count).
            years = [int(c[:4]) if re.match(r"\d{4}", c) else None for c in cats]
            check(None not in years and years == list(range(years[0], years[0] + len(years))),
                  f"{name}: categories are not one per year in order: {cats}")
            check(set(series) == {r[0] for r in rows}, f"{name}: series {set(series)}")
            want = exp["over_time"]
            for s_name, values in series.items():
                by_year = want.get(s_name, {})
                for y, v in zip(years, values):
                    w = by_year.get(str(y))
                    check((v is None and w is None) or (v is not None and w is not None and int(v) == w),
                          f"{name}: {s_name} at the end of {y} = {v}, expected {w}")
            # The disputed figures are marked in the notes and the alt text.
            notes = slide.notes_slide.notes_text_frame.text
            disputed = [exp["disputed_format"].format(n=r[2], date=r[1]) for r in rows if r[3].startswith(exp["disputed"])]
            check(len(disputed) > 0, f"{name}: the table shows no disputed figure")
            for d in disputed:
                check(d in notes and d in alt_text(frame)[0], f"{name}: the disputed figure {d!r} is not in the notes and alt text")
        # Edit data: the workbook holds the same numbers.
        sheet = workbook_rows(chart)
        check([str(r[0]) for r in sheet[1:]] == cats, f"{name}: the workbook's categories differ")
        for j, (s_name, values) in enumerate(series.items()):
            check(sheet[0][j + 1] == s_name, f"{name}: the workbook's series {sheet[0][j + 1]!r} != {s_name!r}")
            col = [r[j + 1] for r in sheet[1:]]
            check([None if v is None else float(v) for v in col] == [None if v is None else float(v) for v in values],
                  f"{name}: the workbook's {s_name} differs")
        notes = slide.notes_slide.notes_text_frame.text
        check(all(r[0] in notes for r in rows), f"{name}: the notes lack the numbers")
        if exp.get("marked") and name in ("agreements-over-time", "milestones-by-year"):
            # The milestones the page's chart marks, which a native chart cannot draw.
            check(exp["markers_heading"] in notes and exp["marked"] in notes,
                  f"{name}: the notes do not list the marked milestones ({exp['marked']!r})")

    for p in problems:
        print(p)
    print(f"{deck_path}: {len(slides)} slides, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
