"""Reads a DSR Tracker Atom feed with feedparser, as a feed reader does, from
the address it is served at, and checks it against what the dataset holds
(expected.json, written by tests/e2e/feeds.rs).

usage: check_feed.py FEED_URL_OR_FILE EXPECTED.json
A file is read as if served from expected.json's "served_at".
Prints every problem found and exits 1 if there is any.
"""
import json
import sys

import feedparser

from report import check, problems


def main(url, expected_path):
    exp = json.load(open(expected_path, encoding="utf-8"))
    if "served_at" in exp:
        with open(url, "rb") as f:
            d = feedparser.parse(f.read(), response_headers={"content-location": exp["served_at"], "content-type": "application/atom+xml; charset=utf-8"})
    else:
        d = feedparser.parse(url)
    check(not d.bozo, f"not well-formed: {d.get('bozo_exception')}")
    check(d.version == "atom10", f"version {d.version!r}, expected atom10")
    check(exp["feed_title"] in d.feed.get("title", ""), f"feed title {d.feed.get('title')!r}")
    check(d.feed.get("language", "").startswith(exp["language"]), f"language {d.feed.get('language')!r}")
    milestones = {m["id"]: m for m in exp["milestones"]}
    releases = set(exp["releases"])
    check(len(d.entries) == len(milestones) + len(releases),
          f"{len(d.entries)} entries, expected {len(milestones)} milestones and {len(releases)} releases")
    ids = set()
    seen_milestones = []
    for e in d.entries:
        eid = e.get("id", "")
        check(eid not in ids, f"id {eid} twice")
        ids.add(eid)
        check(e.get("updated_parsed") is not None, f"{eid}: no updated date")
        kind, _, key = eid.rpartition(":")
        if kind.endswith(":release"):
            check(key in releases, f"{eid}: no such release")
            check(e.link.startswith(exp["site"]), f"{eid}: link {e.link} is not under {exp['site']}")
            continue
        m = milestones.get(key)
        if not check(kind.endswith(":milestone") and m is not None, f"{eid}: matches no milestone"):
            continue
        seen_milestones.append(key)
        want = exp["site"] + "?event=" + key + exp["link_suffix"]
        check(e.link == want, f"{key}: link {e.link!r}, expected {want!r}")
        check(e.title == m["title"], f"{key}: title {e.title[:80]!r} != {m['title'][:80]!r}")
        check(e.get("title_detail", {}).get("type") == "text/plain", f"{key}: the title is not text")
        check(e.summary == m["summary"], f"{key}: summary differs")
        check(any(t.get("term") == m["category"] for t in e.get("tags", [])), f"{key}: no category {m['category']}")
        for c in e.title + e.summary:
            if ord(c) < 0x20 and c not in "\n\t":
                check(False, f"{key}: control character {ord(c):#x} in the text")
                break
        related = [l["href"] for l in e.get("links", []) if l.get("rel") == "related"]
        check(sorted(related) == sorted(m["source_urls"]), f"{key}: source links {related} != {m['source_urls']}")
    def start(date):
        parts = date.split("-") + ["01", "01"]
        return tuple(int(x) for x in parts[:3])
    dates = [start(milestones[k]["date"]) for k in seen_milestones]
    check(all(a >= b for a, b in zip(dates, dates[1:])), "milestones are not newest first")
    for p in problems[:40]:
        print(p)
    print(f"{url}: {len(d.entries)} entries, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
