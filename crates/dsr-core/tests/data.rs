//! The shipped dataset: it validates, its schema is current, the seed article's facts and the fact sheet's conflicts are in it, and broken fixtures fail with messages naming their record and field.

// Test code: a failed unwrap, expect, index or panic is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use dsr_core::countries::Countries;
use dsr_core::model::{Confidence, Dataset, Qualifier, StepStatus};
use dsr_core::validate::parse_dataset;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn countries() -> Countries {
    Countries::parse("countries.json", &read("public/data/countries.json")).expect("countries.json")
}

fn shipped() -> Dataset {
    match parse_dataset("dsr.json", &read("public/data/dsr.json"), &countries()) {
        Ok(ds) => ds,
        Err(errors) => panic!(
            "the shipped dataset is invalid:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn the_shipped_dataset_and_the_example_validate() {
    let ds = shipped();
    assert!(
        ds.milestones.len() >= 60,
        "{} milestones",
        ds.milestones.len()
    );
    let example = parse_dataset(
        "minimal.json",
        &read("public/data/examples/minimal.json"),
        &countries(),
    );
    assert!(example.is_ok(), "{example:?}");
}

#[test]
fn the_committed_schema_is_the_one_generated_from_the_types() {
    let committed = read("public/data/schema/dataset.schema.json");
    let generated = dsr_core::model::raw::schema_json();
    assert!(
        committed == generated,
        "public/data/schema/dataset.schema.json is stale: run `cargo run --bin schema > public/data/schema/dataset.schema.json`"
    );
    let data: serde_json::Value = serde_json::from_str(&read("public/data/dsr.json")).unwrap();
    assert_eq!(data["$schema"], "./schema/dataset.schema.json");
    assert!(
        read("public/data/schema/changes.schema.json") == dsr_core::model::raw::changes_schema_json(),
        "public/data/schema/changes.schema.json is stale: run `cargo run --bin schema changes > public/data/schema/changes.schema.json`"
    );
}

#[test]
fn milestones_span_2013_to_2026_and_carry_the_fact_checks_status() {
    let ds = shipped();
    let years: Vec<u16> = ds.milestones.iter().map(|m| m.date.year()).collect();
    assert_eq!(years.iter().min(), Some(&2013));
    assert_eq!(years.iter().max(), Some(&2026));
    // R01–R03 of the fact sheet were recalled in 1.0; the fact-check of
    // December 2026 found two independent sources for each.
    for id in [
        "focac-2021",
        "china-central-asia-summit-2025",
        "data-20-measures",
    ] {
        let (_, m) = ds.milestone(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(m.confidence, Confidence::Confirmed, "{id}");
    }
    // A confirmed record has at least two sources.
    for m in ds
        .milestones
        .iter()
        .filter(|m| m.confidence == Confidence::Confirmed)
    {
        assert!(
            m.sources.len() >= 2,
            "{} is confirmed with {} source(s)",
            m.id,
            m.sources.len()
        );
    }
}

#[test]
fn no_source_cites_a_mirror_copy() {
    let text = read("public/data/dsr.json").to_lowercase();
    assert!(!text.contains("mirror copy"));
    let ds = shipped();
    for m in &ds.milestones {
        for s in &m.sources {
            if let Some(url) = &s.url {
                assert!(
                    url.starts_with("http://") || url.starts_with("https://"),
                    "{}: {url}",
                    m.id
                );
            }
        }
    }
}

#[test]
fn the_seed_articles_dated_milestones_are_present() {
    let ds = shipped();
    let check = |id: &str, date: &str, words: &[&str]| {
        let (_, m) = ds.milestone(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(m.date.to_string(), date, "{id}");
        let text = format!("{} {}", m.title.en, m.summary.en);
        for w in words {
            assert!(text.contains(w), "{id}: {w:?} not in {text:?}");
        }
        assert!(
            m.sources
                .iter()
                .any(|s| s.publisher.contains("Global Innovation & Governance")),
            "{id} does not cite the seed"
        );
    };
    check("bri-proposed", "2013-09-07", &["Kazakhstan", "Indonesia"]);
    check(
        "wic-2015",
        "2015-12-16",
        &["Digital Silk Road", "World Internet Conference"],
    );
    check(
        "brf-2017",
        "2017-05-14",
        &["digital Silk Road of the 21st century"],
    );
    check(
        "beijing-initiative-digital-economy",
        "2023-10-18",
        &["Beijing Initiative"],
    );
    // Dated by the 2021 white paper the figures come from (issue 25's fact-check), not by
    // the newspaper of 2022 that repeated them.
    check(
        "africa-backbone-150000km",
        "2021-11-26",
        &["150,000 km", "700 million"],
    );
    check("africa-3g-4g-share", "2020-03-22", &["80%", "70%"]);
    check(
        "laos-digital-police-platform",
        "2024-10",
        &["China Telecom", "police"],
    );
    check(
        "africa-data-centres",
        "2024-10",
        &["South Africa", "Nigeria", "Kenya", "Morocco"],
    );
}

#[test]
fn the_end_of_2022_counts_are_17_30_and_18_with_the_conflict_kept() {
    let ds = shipped();
    let (_, m) = ds.milestone("dsr-mou-17").expect("the end-2022 record");
    assert!(
        m.summary.en.contains("17 countries")
            && m.summary.en.contains("18 countries")
            && m.summary.en.contains("30 countries")
    );
    let note = m.note.as_ref().expect("the conflict note").en.clone();
    for w in ["30", "24", "29", "September 2023"] {
        assert!(note.contains(w), "{w} missing from {note}");
    }

    let dsr = ds.agreement("dsr-mou").expect("dsr-mou");
    let counts: Vec<u32> = dsr.observations.iter().map(|o| o.count).collect();
    assert_eq!(&counts[..2], &[16, 17], "16, then 17");
    assert_eq!(dsr.observations[1].as_of.to_string(), "2022");
    assert_eq!(dsr.latest().unwrap().count, 17);

    let ecom = ds
        .agreement("silk-road-ecommerce")
        .expect("silk-road-ecommerce");
    let seed = ecom
        .observations
        .iter()
        .find(|o| o.disputed)
        .expect("the seed's disputed 30 is kept");
    assert_eq!((seed.count, seed.as_of.to_string().as_str()), (30, "2022"));
    assert!(seed.note.as_ref().unwrap().en.contains("24"));
    let mofcom: Vec<(String, u32)> = ecom
        .observations
        .iter()
        .filter(|o| !o.disputed)
        .map(|o| (o.as_of.to_string(), o.count))
        .collect();
    assert!(mofcom.contains(&("2022-11-10".into(), 24)));
    assert!(mofcom.contains(&("2023-09-07".into(), 29)));
    assert!(mofcom.contains(&("2023-09".into(), 30)));
    assert_eq!(
        mofcom.first().unwrap().1,
        1,
        "the series starts at 1 (Chile)"
    );
    assert_eq!(ecom.latest().unwrap().count, 36, "and reaches 36");

    let inv = ds
        .agreement("digital-investment-mou")
        .expect("digital-investment-mou");
    assert!(inv.observations.iter().all(|o| o.count == 18));
}

#[test]
fn the_one_off_signatory_counts_are_present() {
    let ds = shipped();
    let latest = |id: &str| {
        ds.agreement(id)
            .unwrap_or_else(|| panic!("{id} missing"))
            .latest()
            .unwrap()
            .clone()
    };
    assert_eq!(latest("bri-digital-economy-initiative-2017").count, 8);
    assert_eq!(latest("china-central-asia-data-security-2022").count, 6);
    assert_eq!(latest("brics-digital-economy-partnership-2022").count, 5);
    let beijing = latest("beijing-initiative-digital-economy-2023");
    assert_eq!(
        (beijing.count, beijing.qualifier),
        (10, Some(Qualifier::MoreThan))
    );
    assert_eq!(latest("digital-green-framework-2023").count, 35);
    assert_eq!(latest("china-africa-digital-action-plan-2024").count, 27);
    // The 2017 initiative's conflicting "China and six other countries" is kept.
    let initiative = ds.agreement("bri-digital-economy-initiative-2017").unwrap();
    assert!(initiative
        .observations
        .iter()
        .any(|o| o.disputed && o.count == 7));
}

#[test]
fn every_conflict_in_the_fact_sheet_is_shown_in_a_note() {
    let ds = shipped();
    let note = |id: &str| {
        ds.milestone(id)
            .and_then(|(_, m)| m.note.clone())
            .unwrap_or_else(|| panic!("{id} has no note"))
            .en
    };
    // When was the DSR proposed: three dates, on each of the three records.
    for id in ["vision-and-actions", "wic-2015", "brf-2017"] {
        let n = note(id);
        assert!(n.contains("2015") && n.contains("2017"), "{id}: {n}");
    }
    assert!(note("bri-digital-economy-initiative").contains("six other countries"));
    assert!(note("africa-3g-4g-share").contains("vendor"));
    assert!(note("africa-backbone-150000km").contains("200,000"));
    assert!(note("laos-digital-police-platform").contains("Huawei"));
    assert!(note("brf-2023").contains("458") && note("brf-2023").contains("369"));
    assert!(
        note("shanghai-ecommerce-pilot-zone").contains("17")
            && note("shanghai-ecommerce-pilot-zone").contains("23")
    );
}

/// Runs the command-line validator on a file.
fn validate(file: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg("--countries")
        .arg(root().join("public/data/countries.json"))
        .arg(file)
        .output()
        .expect("run validate");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn the_validator_accepts_the_shipped_data() {
    let (code, out) = validate(&root().join("public/data/dsr.json"));
    assert_eq!(code, 0, "{out}");
    // The whole line, with the counts the data has ("invalid" would not do).
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("public/data/dsr.json")).unwrap(),
    )
    .unwrap();
    let n = shipped["milestones"].as_array().map_or(0, Vec::len);
    assert!(n > 0);
    assert!(
        out.lines().any(|l| l.ends_with(&format!(
            "dsr.json: valid: {n} milestones, {} agreements, {} observations",
            shipped["agreements"].as_array().map_or(0, Vec::len),
            shipped["agreements"].as_array().map_or(0, |a| a
                .iter()
                .map(|x| x["observations"].as_array().map_or(0, Vec::len))
                .sum::<usize>())
        ))),
        "{out}"
    );
}

#[test]
fn each_broken_fixture_fails_naming_its_record_and_field() {
    let cases: &[(&str, &[&str])] = &[
        (
            "duplicate-id",
            &["milestone 1 (id \"a\"), field \"id\"", "duplicate id \"a\""],
        ),
        (
            "impossible-date",
            &[
                "milestone 0 (id \"a\"), field \"date\"",
                "2023-02 has no day 30",
            ],
        ),
        (
            "end-before-date",
            &[
                "milestone 0 (id \"a\"), field \"end\"",
                "end 2019-01 is before date 2020-05-01",
            ],
        ),
        (
            "unknown-category",
            &[
                "milestone 1 (id \"b\"), field \"category\"",
                "\"blockchain\" is not one of",
            ],
        ),
        (
            "unknown-country",
            &[
                "milestone 0 (id \"a\"), field \"countries[1]\"",
                "unknown country code \"ZZZ\"",
            ],
        ),
        (
            "bad-url",
            &[
                "milestone 1 (id \"b\"), field \"sources[0].url\"",
                "only http:// and https://",
            ],
        ),
        ("data-url", &["field \"sources[0].url\"", "data:text/html"]),
        (
            "no-source",
            &["milestone 0 (id \"a\"), field \"sources\"", "no source"],
        ),
        (
            "observations-out-of-order",
            &[
                "agreement 0 (id \"mou\"), field \"observations[1].as_of\"",
                "date order",
            ],
        ),
        (
            "empty-text",
            &[
                "milestone 1 (id \"b\"), field \"summary.zh\"",
                "the zh text is empty",
            ],
        ),
        (
            "wrong-type",
            &[
                "agreement 0 (id \"mou\"), field \"observations[0].count\"",
                "invalid type",
            ],
        ),
        (
            "bad-id",
            &["field \"id\"", "\"Not A Slug\" is not a valid id"],
        ),
        ("not-json", &["not-json.json:3:", "key must be a string"]),
    ];
    for (name, expected) in cases {
        let file = root().join(format!("tests/fixtures/invalid/{name}.json"));
        let (code, out) = validate(&file);
        assert_eq!(code, 1, "{name} should fail:\n{out}");
        for e in *expected {
            assert!(out.contains(e), "{name}: expected {e:?} in:\n{out}");
        }
        // Every error line names the file with a line and column.
        let prefix = format!("{name}.json:");
        let errors: Vec<&str> = out
            .lines()
            .map(str::trim_start)
            .filter(|l| l.starts_with(&prefix))
            .collect();
        assert!(!errors.is_empty(), "{name}: no error line in\n{out}");
        for l in errors {
            let mut parts = l[prefix.len()..].splitn(3, ':');
            let (line, col) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            assert!(
                line.parse::<usize>().is_ok() && col.parse::<usize>().is_ok(),
                "{name}: no line:column in {l}"
            );
        }
    }
}

#[test]
fn the_validator_lists_every_error_not_only_the_first() {
    let (code, out) = validate(&root().join("tests/fixtures/invalid/several-errors.json"));
    assert_eq!(code, 1);
    assert!(out.contains("4 errors"), "{out}");
    for e in [
        "unknown country code \"ZZZ\"",
        "has no day 30",
        "no source",
        "\"nonsense\" is not one of",
    ] {
        assert!(out.contains(e), "{e} missing from\n{out}");
    }
}

#[test]
fn no_citation_is_of_a_blocked_site() {
    let ds = shipped();
    let mut urls: Vec<(String, &str)> = Vec::new();
    for m in &ds.milestones {
        urls.extend(
            m.sources
                .iter()
                .filter_map(|s| s.url.as_deref())
                .map(|u| (m.id.clone(), u)),
        );
    }
    for a in &ds.agreements {
        for o in &a.observations {
            urls.extend(
                o.sources
                    .iter()
                    .filter_map(|s| s.url.as_deref())
                    .map(|u| (a.id.clone(), u)),
            );
        }
    }
    assert!(
        urls.len() > 150,
        "expected the citations, found {}",
        urls.len()
    );
    let blocked: Vec<String> = urls
        .iter()
        .filter_map(|(id, u)| {
            dsr_core::sources::blocked(u).map(|b| format!("{id}: {u} ({})", b.why))
        })
        .collect();
    assert!(
        blocked.is_empty(),
        "citations of sites never to cite:\n{}",
        blocked.join("\n")
    );
}

#[test]
fn every_source_says_who_published_it() {
    let ds = shipped();
    for m in &ds.milestones {
        for s in &m.sources {
            assert!(
                s.kind.is_some(),
                "{}: the source {:?} has no kind",
                m.id,
                s.publisher
            );
        }
    }
    for a in &ds.agreements {
        for o in a.observations.iter() {
            for s in &o.sources {
                assert!(
                    s.kind.is_some(),
                    "{}: the source {:?} has no kind",
                    a.id,
                    s.publisher
                );
            }
        }
    }
}

#[test]
fn dataset_1_1_meets_its_sourcing_targets() {
    let ds = shipped();
    let n = ds.milestones.len();
    assert!(n >= 90, "{n} milestones");
    let confirmed = ds
        .milestones
        .iter()
        .filter(|m| m.confidence == Confidence::Confirmed)
        .count();
    assert!(confirmed * 100 >= 75 * n, "{confirmed} of {n} confirmed");
    let summary = dsr_core::aggregate::source_summary(&ds);
    assert!(
        summary.mean_tenths() >= 25,
        "{} sources per milestone",
        summary.mean_label()
    );
    // 1.1's target was 60%; 1.2 adds records whose sources are foreign
    // governments, independent media and research (setbacks, Chinese firms'
    // projects abroad), so the share with a government's own source fell.
    assert!(
        summary.official_percent() >= 35,
        "{}% with an official source",
        summary.official_percent()
    );
    assert!(
        ds.meta.current_through >= "2026-05".parse().unwrap(),
        "current through {}",
        ds.meta.current_through
    );
    assert_eq!(ds.meta.coverage.1, 2026);
}

#[test]
fn the_list_of_changes_validates_and_covers_the_new_records() {
    let ds = shipped();
    let changes =
        dsr_core::validate::parse_changes("changes.json", &read("public/data/changes.json"), &ds)
            .unwrap_or_else(|e| {
                panic!(
                    "changes.json is invalid:\n{}",
                    e.iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("\n")
                )
            });
    let current = changes.current().expect("a current release");
    assert_eq!(current.version, ds.meta.version);
    // Every record the 1.1 dataset lacked is listed as added.
    let old: serde_json::Value =
        serde_json::from_str(&read("tests/fixtures/dataset-1.1-ids.json")).unwrap();
    let old: Vec<&str> = old
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    let added: Vec<&str> = current
        .changes
        .iter()
        .filter(|c| c.kind == dsr_core::model::ChangeKind::Added)
        .map(|c| c.record.as_str())
        .collect();
    for id in ds
        .milestones
        .iter()
        .map(|m| m.id.as_str())
        .chain(ds.agreements.iter().map(|a| a.id.as_str()))
    {
        if !old.contains(&id) {
            assert!(
                added.contains(&id),
                "{id} is new in {} but not listed as added",
                current.version
            );
        }
    }
}

/// The shipped data with `change` applied to its JSON, validated.
fn changed(change: impl Fn(&mut serde_json::Value)) -> Result<Dataset, Vec<String>> {
    let mut v: serde_json::Value = serde_json::from_str(&read("public/data/dsr.json")).unwrap();
    change(&mut v);
    parse_dataset("dsr.json", &v.to_string(), &countries())
        .map_err(|es| es.iter().map(|e| e.to_string()).collect())
}

fn agreement_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    v["agreements"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|a| a["id"] == id)
        .unwrap()
}

#[test]
fn silk_road_e_commerce_names_eleven_members_with_their_dates() {
    let ds = shipped();
    let a = ds.agreement("silk-road-ecommerce").unwrap();
    let at = |d: &str| a.named_by(Some(d.parse().unwrap()));
    let codes = |d: &str| {
        at(d)
            .iter()
            .map(|(c, _, _)| c.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes("2016"), ["CHL"]);
    // "2017-11" (Estonia) sorts before "2017-11-10" (Cambodia): by the start of its period.
    assert_eq!(
        codes("2019"),
        ["CHL", "EST", "KHM", "KWT", "ARE", "RWA", "ITA"]
    );
    // Singapore on 27 Oct 2022, the Philippines on 4 Jan 2023, Indonesia on 8 Sep 2023.
    assert!(!codes("2022-10-26").contains(&"SGP".to_owned()));
    assert!(codes("2022-10-27").contains(&"SGP".to_owned()));
    assert!(codes("2023-01-04").contains(&"PHL".to_owned()));
    assert_eq!(at("2026").len(), 11);
    assert_eq!(a.latest().unwrap().count, 36);
    // Every member has a source, and every named list fits its count.
    for a in &ds.agreements {
        for m in &a.members {
            assert!(!m.sources.is_empty(), "{} {}", a.id, m.country);
        }
        for o in a.observations.iter().filter(|o| !o.disputed) {
            assert!(a.named_by(Some(o.as_of)).len() <= o.count as usize || o.qualifier.is_some());
        }
    }
}

#[test]
fn the_validator_refuses_members_that_contradict_the_counts() {
    // A member listed twice.
    let e = changed(|v| {
        let a = agreement_mut(v, "silk-road-ecommerce");
        let first = a["members"][0].clone();
        a["members"].as_array_mut().unwrap().push(first);
    })
    .unwrap_err();
    assert!(
        e.iter()
            .any(|m| m.contains("agreement 1 (id \"silk-road-ecommerce\")")
                && m.contains("members[11].country")
                && m.contains("CHL is listed twice")),
        "{e:?}"
    );
    // A member that joined after an observation listing it: Chile is listed in the 2016 count.
    let e = changed(|v| {
        let a = agreement_mut(v, "silk-road-ecommerce");
        a["members"][0]["joined"] = "2017-03".into();
    })
    .unwrap_err();
    assert!(
        e.iter().any(|m| m.contains("members[0].joined")
            && m.contains("joined 2017-03, after the observation of 2016")),
        "{e:?}"
    );
    // More named by a date than its count: seven members by 2019 against a count of 3.
    let e = changed(|v| {
        let a = agreement_mut(v, "silk-road-ecommerce");
        a["observations"][2]["count"] = 3.into();
        a["observations"][1]["count"] = 3.into();
    })
    .unwrap_err();
    assert!(
        e.iter()
            .any(|m| m.contains("count") && m.contains("more than the count of 3")),
        "{e:?}"
    );
    // An unknown country, named by its field.
    let e = changed(|v| {
        let a = agreement_mut(v, "silk-road-ecommerce");
        a["members"][1]["country"] = "ZZZ".into();
    })
    .unwrap_err();
    assert!(e.iter().any(|m| m.contains("members[1].country")), "{e:?}");
}

fn milestone_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    v["milestones"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["id"] == id)
        .unwrap()
}

#[test]
fn rcep_was_signed_then_in_force_and_as_of_a_date_only_the_steps_taken_count() {
    let ds = shipped();
    let (_, m) = ds.milestone("rcep-signed").unwrap();
    assert_eq!(m.steps.len(), 1);
    assert_eq!(m.steps[0].status, StepStatus::InForce);
    assert_eq!(m.steps[0].date.to_string(), "2022-01-01");
    assert!(m.steps[0].sources.len() >= 2);
    assert_eq!(m.steps_by(Some("2021".parse().unwrap())).count(), 0);
    assert_eq!(m.steps_by(Some("2022-01".parse().unwrap())).count(), 1);
    assert_eq!(m.steps_by(None).count(), 1);
}

#[test]
fn the_validator_refuses_steps_out_of_order_unknown_or_unsourced() {
    let e = changed(|v| {
        let m = milestone_mut(v, "rcep-signed");
        m["steps"][0]["date"] = "2019-05".into();
        m["steps"][0]["status"] = "ratified".into();
        m["steps"][0]["sources"] = serde_json::json!([]);
    })
    .unwrap_err();
    let about = |field: &str, words: &str| {
        e.iter()
            .any(|m| m.contains("id \"rcep-signed\"") && m.contains(field) && m.contains(words))
    };
    assert!(about("steps[0].date", "before 2020-11-15"), "{e:?}");
    assert!(about("steps[0].status", "ratified"), "{e:?}");
    assert!(about("steps[0].sources", "source"), "{e:?}");
}

/// Dataset 1.2's targets (issue 25): breadth, confidence, sources, who backs
/// each claim, and every UN region and category present.
#[test]
fn dataset_1_2_meets_its_targets() {
    use dsr_core::aggregate::source_summary;
    use dsr_core::countries::Region;
    use dsr_core::model::{Backing, Category, CHINA};
    let ds = shipped();
    let countries = countries();
    let n = ds.milestones.len();
    assert!(n >= 140, "{n} milestones, target 140");
    let s = source_summary(&ds);
    assert!(
        s.confirmed * 100 >= 80 * n,
        "{} of {n} confirmed, target 80%",
        s.confirmed
    );
    assert!(
        s.sources * 10 >= 28 * n,
        "{} sources for {n} milestones, target 2.8 each",
        s.sources
    );
    assert!(
        s.independent_percent() >= 75,
        "{} of {} confirmed have an independent source, target 75%",
        s.confirmed_independent,
        s.confirmed
    );
    // Every milestone is marked: an independent source, or Chinese official
    // sources only; none is left unstated.
    for m in &ds.milestones {
        assert_ne!(
            m.backing(),
            Backing::NotStated,
            "{}: a source's chinese_state is not stated",
            m.id
        );
    }
    // Every source of an official body or a state medium says whose it is.
    for m in &ds.milestones {
        for (i, src) in m.sources.iter().enumerate() {
            assert!(src.kind.is_some(), "{}: sources[{i}] has no kind", m.id);
            assert!(
                src.chinese_state.is_some(),
                "{}: sources[{i}] ({}) does not say whether it is Chinese state",
                m.id,
                src.publisher
            );
        }
    }
    for r in Region::ALL {
        let k = ds
            .milestones
            .iter()
            .filter(|m| {
                m.countries
                    .iter()
                    .any(|&c| c != CHINA && countries.region_of(c) == Some(*r))
            })
            .count();
        assert!(k >= 5, "{r}: {k} milestones");
    }
    for c in Category::ALL {
        let k = ds.milestones.iter().filter(|m| m.category == *c).count();
        assert!(k >= 3, "{c}: {k} milestones");
    }
    assert_eq!(ds.meta.version, "1.2.0");
    // "Data current through" is the newest fact in the data, no later.
    let newest = ds
        .milestones
        .iter()
        .map(|m| m.end.unwrap_or(m.date))
        .max_by_key(|d| d.end_key())
        .unwrap();
    assert_eq!(ds.meta.current_through, newest, "current_through");
}

/// The fact-check of December 2026 (issue 25), mended.
#[test]
fn the_fact_checks_findings_are_mended() {
    use dsr_core::model::SourceKind;
    let ds = shipped();
    let m = |id: &str| {
        ds.milestone(id)
            .unwrap_or_else(|| panic!("{id} missing"))
            .1
            .clone()
    };
    let ceec = m("china-ceec-ecommerce-initiative");
    for s in ceec
        .sources
        .iter()
        .filter(|s| s.publisher.contains("China Daily"))
    {
        assert_eq!(s.kind, Some(SourceKind::StateMedia), "{}", s.publisher);
    }
    let wic = m("wic-organization");
    // The two pages are dated versions of WIC's own "Introduction" page.
    let intro: Vec<_> = wic
        .sources
        .iter()
        .filter(|s| {
            s.url
                .as_deref()
                .is_some_and(|u| u.ends_with("c_814844.htm"))
        })
        .collect();
    assert_eq!(intro.len(), 2);
    assert!(intro
        .iter()
        .all(|s| s.title == "Introduction to World Internet Conference"));

    let backbone = m("africa-backbone-150000km");
    assert!(
        !backbone.summary.en.contains("build or upgrade"),
        "{}",
        backbone.summary.en
    );
    let mou = m("dsr-mou-16");
    assert!(
        mou.summary
            .en
            .contains("does not say whether the 12 are among the 16"),
        "{}",
        mou.summary.en
    );
    // Silk Road E-commerce: 17 countries on 18 April 2019, between 1 (2016) and 18 (June 2019).
    let sre = ds.agreement("silk-road-ecommerce").unwrap();
    let counts: Vec<u32> = sre.observations.iter().take(3).map(|o| o.count).collect();
    assert_eq!(counts, [1, 17, 18]);
    assert_eq!(sre.observations[1].as_of.to_string(), "2019-04-18");
    assert!(backbone.summary.en.contains("had built about 150,000 km"));
}
