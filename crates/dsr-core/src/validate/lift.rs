//! Lifting raw records into validated ones: meta, milestones, agreements and observations.

use std::collections::HashMap;

use super::checker::{Checker, Reading};
use crate::countries::Countries;
use crate::error::{DataError, Problem, Record};
use crate::model::raw::{RawAgreement, RawMember, RawMeta, RawMilestone, RawObservation};
use crate::model::{
    Agreement, AgreementKind, Category, Confidence, CountryCode, Counts, Licence, Member, Meta,
    Milestone, Observation, PartialDate, Qualifier,
};
use crate::model::{Step, StepStatus};

pub(super) fn lift_meta<R: Reading>(
    file: &str,
    text: &str,
    raw: &str,
    errors: &mut Vec<DataError>,
) -> Option<Meta> {
    let mut c = Checker::new(file, text, Record::Meta, raw, errors);
    let m: RawMeta = c.parse::<RawMeta, R>()?;
    check_meta(&mut c, m)
}

/// Checks the meta record, already read.
pub(super) fn check_meta(c: &mut Checker, m: RawMeta) -> Option<Meta> {
    let title = c.text("title", &m.title);
    let citation = c.text("citation", &m.citation);
    c.required("version", &m.version);
    c.required("licence.name", &m.licence.name);
    let licence_ok = m
        .licence
        .url
        .as_deref()
        .is_none_or(|u| c.url("licence.url", u));
    if let Some(contact) = &m.contact {
        c.contact("contact", contact);
    }
    let updated = c.date("updated", &m.updated);
    let current_through = c.date("current_through", &m.current_through);
    if updated.is_some_and(|d| d.precision() != crate::model::Precision::Day) {
        c.error("updated", Problem::NotADay(m.updated.clone()));
        return None;
    }
    let years = crate::model::date::MIN_YEAR..=crate::model::date::MAX_YEAR;
    if m.coverage.from > m.coverage.to
        || !years.contains(&m.coverage.from)
        || !years.contains(&m.coverage.to)
    {
        c.error(
            "coverage",
            Problem::BadCoverage {
                from: m.coverage.from,
                to: m.coverage.to,
            },
        );
        return None;
    }
    Some(Meta {
        title: title?,
        version: m.version,
        updated: updated?,
        current_through: current_through?,
        coverage: (m.coverage.from, m.coverage.to),
        licence: licence_ok.then_some(Licence {
            name: m.licence.name,
            url: m.licence.url,
        })?,
        citation: citation?,
        contact: m.contact,
    })
}

fn check_unique(c: &mut Checker, id: &str, index: usize, seen: &mut HashMap<String, usize>) {
    if let Some(&first) = seen.get(id) {
        c.error(
            "id",
            Problem::DuplicateId {
                id: id.to_owned(),
                first,
            },
        );
    } else {
        seen.insert(id.to_owned(), index);
    }
}

pub(super) fn lift_milestone(
    c: &mut Checker,
    m: &RawMilestone,
    countries: &Countries,
    index: usize,
    seen: &mut HashMap<String, usize>,
) -> Option<Milestone> {
    let id_ok = c.id(&m.id);
    if id_ok {
        check_unique(c, &m.id, index, seen);
    }
    let date = c.date("date", &m.date);
    let end = m.end.as_deref().map(|e| c.date("end", e));
    if let (Some(d), Some(Some(e))) = (date, end) {
        if e.end_key() < d.start_key() {
            c.error(
                "end",
                Problem::EndBeforeDate {
                    date: d.to_string(),
                    end: e.to_string(),
                },
            );
        }
    }
    let title = c.text("title", &m.title);
    let summary = c.text("summary", &m.summary);
    let note = c.optional_text("note", m.note.as_ref());
    let category = c.token::<Category>("category", &m.category);
    let confidence = c.token::<Confidence>("confidence", &m.confidence);
    let codes = c.countries("countries", &m.countries, countries);
    let sources = c.sources("sources", &m.sources);
    let steps = lift_steps(c, m, date);
    let (title, summary, note) = (title?, summary?, note?);
    let end = match end {
        None => None,
        Some(e) => Some(e?),
    };
    if !id_ok || sources.len() != m.sources.len() || codes.len() != dedup_len(&m.countries) {
        return None;
    }
    let mut m = Milestone {
        id: m.id.clone(),
        date: date?,
        end,
        title,
        summary,
        category: category?,
        countries: codes,
        confidence: confidence?,
        note,
        sources,
        steps: steps?,
        haystack: String::new(),
    };
    m.index();
    Some(m)
}

/// A milestone's later steps: each a known status, a date not before the
/// milestone's nor before the step before it, and its sources.
fn lift_steps(c: &mut Checker, m: &RawMilestone, date: Option<PartialDate>) -> Option<Vec<Step>> {
    let mut out = Some(Vec::with_capacity(m.steps.len()));
    let mut previous = date;
    for (i, s) in m.steps.iter().enumerate() {
        let field = |name: &str| format!("steps[{i}].{name}");
        let status = c.token::<StepStatus>(&field("status"), &s.status);
        let at = c.date(&field("date"), &s.date);
        if let (Some(before), Some(at)) = (previous, at) {
            if at.end_key() < before.start_key() {
                c.error(
                    &field("date"),
                    Problem::StepOutOfOrder {
                        previous: before.to_string(),
                        this: at.to_string(),
                    },
                );
                out = None;
            }
        }
        previous = at.or(previous);
        let sources = c.all_sources(&field("sources"), &s.sources);
        let note = c.optional_text(&field("note"), s.note.as_ref());
        let step = (|| {
            Some(Step {
                status: status?,
                date: at?,
                sources: sources?,
                note: note?,
            })
        })();
        match (step, out.as_mut()) {
            (Some(step), Some(list)) => list.push(step),
            _ => out = None,
        }
    }
    out
}

fn dedup_len(codes: &[String]) -> usize {
    let mut v: Vec<&String> = codes.iter().collect();
    crate::order::sort_small(&mut v, Ord::cmp);
    v.dedup();
    v.len()
}

pub(super) fn lift_agreement(
    c: &mut Checker,
    a: &RawAgreement,
    countries: &Countries,
    index: usize,
    seen: &mut HashMap<String, usize>,
) -> Option<Agreement> {
    let id_ok = c.id(&a.id);
    if id_ok {
        check_unique(c, &a.id, index, seen);
    }
    let name = c.text("name", &a.name);
    let description = c.text("description", &a.description);
    let kind = c.token::<AgreementKind>("kind", &a.kind);
    let counts = c.token::<Counts>("counts", &a.counts);
    if a.observations.is_empty() {
        c.error("observations", Problem::NoObservations);
    }
    let mut observations = Vec::with_capacity(a.observations.len());
    let mut previous: Option<PartialDate> = None;
    let mut all_ok = true;
    for (i, o) in a.observations.iter().enumerate() {
        let field = |f: &str| format!("observations[{i}].{f}");
        match lift_observation(c, o, countries, &field) {
            Some(obs) => {
                if let Some(p) = previous {
                    if obs.as_of.end_key() < p.end_key() {
                        c.error(
                            &field("as_of"),
                            Problem::OutOfOrder {
                                previous: p.to_string(),
                                this: obs.as_of.to_string(),
                            },
                        );
                        all_ok = false;
                    }
                }
                previous = Some(obs.as_of);
                observations.push(obs);
            }
            None => all_ok = false,
        }
    }
    // Members: each country once, each joined by the observation that lists it.
    let mut members: Vec<Member> = Vec::with_capacity(a.members.len());
    for (i, m) in a.members.iter().enumerate() {
        let field = |f: &str| format!("members[{i}].{f}");
        let Some(member) = lift_member(c, m, countries, &field) else {
            all_ok = false;
            continue;
        };
        if members.iter().any(|x| x.country == member.country) {
            c.error(
                &field("country"),
                Problem::DuplicateMember(member.country.to_string()),
            );
            all_ok = false;
            continue;
        }
        let listed_before = observations.iter().find(|o| {
            o.countries
                .as_ref()
                .is_some_and(|cs| cs.contains(&member.country))
                && member.joined.start_key() > o.as_of.end_key()
        });
        if let Some(o) = listed_before {
            c.error(
                &field("joined"),
                Problem::JoinedAfterCount {
                    joined: member.joined.to_string(),
                    counted: o.as_of.to_string(),
                },
            );
            all_ok = false;
        }
        members.push(member);
    }
    if !id_ok || !all_ok || observations.is_empty() {
        return None;
    }
    crate::order::sort_small(&mut members, |a, b| {
        a.joined.cmp(&b.joined).then(a.country.cmp(&b.country))
    });
    let agreement = Agreement {
        id: a.id.clone(),
        name: name?,
        kind: kind?,
        counts: counts?,
        description: description?,
        observations,
        members,
    };
    // Never more countries named by a date than the count observed then.
    let mut ok = true;
    for (i, o) in agreement.observations.iter().enumerate() {
        let named = agreement.named_by(Some(o.as_of)).len();
        if !o.disputed && o.qualifier.is_none() && named > o.count as usize {
            c.error(
                &format!("observations[{i}].count"),
                Problem::MoreNamedThanCounted {
                    named,
                    count: o.count,
                },
            );
            ok = false;
        }
    }
    ok.then_some(agreement)
}

fn lift_member(
    c: &mut Checker,
    m: &RawMember,
    countries: &Countries,
    field: &dyn Fn(&str) -> String,
) -> Option<Member> {
    let code = CountryCode::parse(&m.country).filter(|k| countries.contains(*k));
    if code.is_none() {
        c.error(
            &field("country"),
            Problem::UnknownCountry(m.country.chars().take(40).collect()),
        );
    }
    let joined = c.date(&field("joined"), &m.joined);
    let sources = c.all_sources(&field("sources"), &m.sources);
    let note = c.optional_text(&field("note"), m.note.as_ref());
    Some(Member {
        country: code?,
        joined: joined?,
        sources: sources?,
        note: note?,
    })
}

fn lift_observation(
    c: &mut Checker,
    o: &RawObservation,
    countries: &Countries,
    field: &dyn Fn(&str) -> String,
) -> Option<Observation> {
    let as_of = c.date(&field("as_of"), &o.as_of);
    let qualifier = match &o.qualifier {
        None => Some(None),
        Some(q) => c.token::<Qualifier>(&field("qualifier"), q).map(Some),
    };
    let codes = o.countries.as_ref().map(|list| {
        (
            c.countries(&field("countries"), list, countries),
            dedup_len(list),
        )
    });
    let sources = c.all_sources(&field("sources"), &o.sources);
    let note = c.optional_text(&field("note"), o.note.as_ref());
    let sources = sources?;
    let countries = match codes {
        None => None,
        Some((codes, expected)) if codes.len() == expected => Some(codes),
        Some(_) => return None,
    };
    Some(Observation {
        as_of: as_of?,
        count: o.count,
        qualifier: qualifier?,
        countries,
        disputed: o.disputed,
        sources,
        note: note?,
    })
}
