"""Reads DSR Tracker citations with real parsers: bibtexparser (BibTeX),
rispy (RIS) and citeproc-py (CSL-JSON, rendered in the Harvard style).

usage: check_citations.py DIR EXPECTED.json
DIR holds NAME.bib, NAME.ris, NAME.json for each NAME in EXPECTED["works"],
each with "title", "version", "link_parts" (what the cited link must
contain), "year", "accessed" (YYYY-MM-DD).
Prints every problem and exits 1 if there is any.
"""
import json
import os
import sys

import bibtexparser
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from report import check, problems


def main(folder, expected_path):
    works = json.load(open(expected_path, encoding="utf-8"))["works"]
    for name, w in works.items():
        base = os.path.join(folder, name)
        # BibTeX
        link = None
        db = bibtexparser.loads(open(base + ".bib", encoding="utf-8").read())
        check(len(db.entries) == 1, f"{name}.bib: {len(db.entries)} entries")
        if db.entries:
            e = db.entries[0]
            title = e.get("title", "").strip("{}").replace("\\", "")
            check(w["title"].replace("\\", "") in title or title in w["title"], f"{name}.bib: title {e.get('title')!r}")
            check(e.get("version") == w["version"], f"{name}.bib: version {e.get('version')!r}")
            check(e.get("year") == str(w["year"]), f"{name}.bib: year {e.get('year')!r}")
            check(all(p in e.get("url", "") for p in w["link_parts"]), f"{name}.bib: url {e.get('url')!r} lacks {w['link_parts']!r}")
            link = e.get("url")
            check(e.get("urldate") == w["accessed"], f"{name}.bib: urldate {e.get('urldate')!r}")
        # RIS
        entries = rispy.loads(open(base + ".ris", encoding="utf-8").read())
        check(len(entries) == 1, f"{name}.ris: {len(entries)} entries")
        if entries:
            r = entries[0]
            check(r.get("type_of_reference") in ("DATA", "FIGURE"), f"{name}.ris: type {r.get('type_of_reference')!r}")
            check(r.get("title") == w["title"], f"{name}.ris: title {r.get('title')!r}")
            check(r.get("edition") == w["version"], f"{name}.ris: edition {r.get('edition')!r}")
            urls = r.get("urls") or [r.get("url")]
            check(link in urls, f"{name}.ris: urls {urls!r}, BibTeX has {link!r}")
            check(r.get("access_date") == w["accessed"].replace("-", "/"), f"{name}.ris: access date {r.get('access_date')!r}")
            check(r.get("year") == str(w["year"]), f"{name}.ris: year {r.get('year')!r}")
        # CSL-JSON, rendered by a CSL processor.
        items = json.load(open(base + ".json", encoding="utf-8"))
        source = CiteProcJSON(items)
        style = CitationStylesStyle("harvard-cite-them-right", validate=False)
        bib = CitationStylesBibliography(style, source, formatter.plain)
        bib.register(Citation([CitationItem(items[0]["id"])]))
        rendered = " ".join(str(x) for x in bib.bibliography())
        check(w["title"][:30] in rendered, f"{name}.json: the rendering lacks the title: {rendered!r}")
        check(str(w["year"]) in rendered, f"{name}.json: the rendering lacks the year: {rendered!r}")
        check(items[0].get("version") == w["version"], f"{name}.json: version {items[0].get('version')!r}")
        check(items[0].get("URL") == link, f"{name}.json: URL {items[0].get('URL')!r}, BibTeX has {link!r}")
        print(f"{name}: {rendered}")
    for p in problems:
        print(p)
    print(f"{len(works)} works, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
