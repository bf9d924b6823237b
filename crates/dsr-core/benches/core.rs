//! Criterion benchmarks of the pure core: filtering, aggregation and every chart (the map too), at 78 (bundled), 1,000, 10,000 and 100,000 milestones.
//!
//! `cargo bench --bench core` (or `bash scripts/bench.sh`). Set `DSR_BENCH_QUICK=1`
//! for a short run.

// Test code: a failed unwrap, expect, index or panic is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use dsr_core::aggregate;
use dsr_core::chart::{ChartId, Input, Size, Theme};
use dsr_core::countries::Countries;
use dsr_core::filter::{self, Filters};
use dsr_core::i18n::Lang;
use dsr_core::model::{Category, Dataset};
use dsr_core::validate::parse_dataset;

fn datasets() -> (Countries, Vec<(String, Dataset)>) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).expect("read data");
    let countries =
        Countries::parse("countries.json", &read("public/data/countries.json")).expect("countries");
    let bundled =
        parse_dataset("dsr.json", &read("public/data/dsr.json"), &countries).expect("dsr.json");
    let mut out = vec![(format!("{} (bundled)", bundled.milestones.len()), bundled)];
    for n in [1_000usize, 10_000] {
        let json = serde_json::to_string(&dsr_core::synth::dataset(n, 42)).expect("synth");
        let ds = parse_dataset("synth.json", &json, &countries).expect("valid synth");
        out.push((n.to_string(), ds));
    }
    // 100,000 synthetic milestones are over the 20 MB file limit as JSON, so
    // the benchmark builds that dataset in memory from ten copies of 10,000.
    let ten = out
        .last()
        .map(|(_, ds)| ds.clone())
        .expect("the 10,000 set");
    let mut big = ten.clone();
    big.milestones = (0..10)
        .flat_map(|k| {
            ten.milestones.iter().map(move |m| {
                let mut m = m.clone();
                m.id = format!("{}-{k}", m.id);
                m
            })
        })
        .collect();
    big.milestones
        .sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    out.push(("100000".to_owned(), big));
    (countries, out)
}

fn core(c: &mut Criterion) {
    let (countries, sets) = datasets();
    let search = Filters {
        q: "cable".into(),
        ..Filters::default()
    };
    let combined = Filters {
        q: "digital".into(),
        from: Some(2015),
        to: Some(2022),
        cats: vec![
            Category::Forum,
            Category::Agreement,
            Category::Infrastructure,
        ],
        conf: Some(dsr_core::model::Confidence::SingleSource),
        ..Filters::default()
    };

    let mut g = c.benchmark_group("filter");
    for (name, ds) in &sets {
        g.bench_with_input(BenchmarkId::new("search", name), ds, |b, ds| {
            b.iter(|| filter::apply(ds, &search, &countries, None))
        });
        g.bench_with_input(BenchmarkId::new("combined", name), ds, |b, ds| {
            b.iter(|| filter::apply(ds, &combined, &countries, None))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("aggregate");
    for (name, ds) in &sets {
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let span = ds.years();
        g.bench_with_input(BenchmarkId::new("by_year", name), ds, |b, ds| {
            b.iter(|| aggregate::by_year(ds, &all, span))
        });
        g.bench_with_input(BenchmarkId::new("partners_by_region", name), ds, |b, ds| {
            b.iter(|| aggregate::partners_by_region(ds, &all, &countries))
        });
    }
    g.finish();

    let world_text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/world-110m.json"
    ))
    .expect("world");
    let world = dsr_core::map::World::parse(&world_text).expect("world parses");
    let mut g = c.benchmark_group("chart");
    for (name, ds) in &sets {
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        for &id in ChartId::WITH_ADDRESS {
            let mut input = Input::new(ds, &countries, &all, Lang::En);
            input.world = Some(&world);
            let size = Size::new(900, id.model(&input).preferred_height(900, Theme::Light));
            // The model is computed in each iteration, as the page does on every draw.
            g.bench_with_input(BenchmarkId::new(id.as_str(), name), &input, |b, input| {
                b.iter(|| id.model(input).render(Theme::Light, size).expect("render"))
            });
        }
    }
    g.finish();
}

fn config() -> Criterion {
    let quick = std::env::var_os("DSR_BENCH_QUICK").is_some();
    Criterion::default()
        .sample_size(if quick { 10 } else { 30 })
        .measurement_time(Duration::from_millis(if quick { 300 } else { 2000 }))
        .warm_up_time(Duration::from_millis(if quick { 100 } else { 500 }))
}

criterion_group! { name = benches; config = config(); targets = core }
criterion_main!(benches);
