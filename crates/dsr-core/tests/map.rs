//! The world geometry: conversion from Natural Earth (world-atlas), projection, and the committed `world-110m.json`.

// Test code: a failed unwrap, expect, index or panic is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;

use dsr_core::countries::Countries;
use dsr_core::map::{build_world, decode_topology, to_grid, RawWorld, Topology, World};
use dsr_core::model::CountryCode;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn countries() -> Countries {
    Countries::parse(
        "countries.json",
        &std::fs::read_to_string(root().join("public/data/countries.json")).unwrap(),
    )
    .unwrap()
}

fn topology() -> Topology {
    let path = root().join("tools/map/node_modules/world-atlas/countries-110m.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `npm ci --prefix tools/map` (scripts/setup.sh does)",
            path.display()
        )
    });
    serde_json::from_str(&text).unwrap()
}

fn committed() -> String {
    std::fs::read_to_string(root().join("public/data/world-110m.json")).unwrap()
}

#[test]
fn the_committed_world_file_is_the_conversion_of_the_pinned_source() {
    let built = build_world(&decode_topology(&topology()), &countries());
    let committed: RawWorld = serde_json::from_str(&committed()).unwrap();
    assert!(
        built == committed,
        "public/data/world-110m.json is stale: run `cargo run --bin map-build`"
    );
}

#[test]
fn every_natural_earth_country_is_there_with_its_code() {
    let shapes = decode_topology(&topology());
    assert_eq!(shapes.len(), 177, "Natural Earth 1:110m has 177 countries");
    let world = World::parse(&committed()).unwrap();
    assert_eq!(world.shapes.len(), 177);
    let coded = world.shapes.iter().filter(|s| s.code.is_some()).count();
    assert_eq!(
        coded, 175,
        "all but Northern Cyprus and Somaliland have an ISO code"
    );
    let c = countries();
    for s in &world.shapes {
        if let Some(code) = s.code {
            assert!(c.contains(code), "{code} is not in countries.json");
        }
    }
    // Codes are unique.
    let mut codes: Vec<CountryCode> = world.shapes.iter().filter_map(|s| s.code).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 175);
}

#[test]
fn known_countries_land_where_they_are() {
    let world = World::parse(&committed()).unwrap();
    let centre = |a3: &str| {
        world
            .shape(CountryCode::parse(a3).unwrap())
            .unwrap_or_else(|| panic!("{a3}"))
            .centre
    };
    let inside = |a3: &str, (lon0, lat0): (f64, f64), (lon1, lat1): (f64, f64)| {
        let (x, y) = centre(a3);
        // The box's corners on the grid (north is up, so y is smaller).
        let (x0, y0) = to_grid(lon0, lat1);
        let (x1, y1) = to_grid(lon1, lat0);
        let (xa, xb) = (f64::from(x0.min(x1)), f64::from(x0.max(x1)));
        assert!(
            x >= xa && x <= xb && y >= f64::from(y0) && y <= f64::from(y1),
            "{a3} centre {x},{y} outside its box"
        );
    };
    inside("KAZ", (46.0, 40.0), (88.0, 56.0));
    inside("CHN", (73.0, 18.0), (135.0, 54.0));
    inside("KEN", (33.0, -5.0), (42.0, 5.0));
    inside("CHL", (-76.0, -56.0), (-66.0, -17.0));
    inside("PAK", (60.0, 23.0), (78.0, 37.0));
    inside("IDN", (95.0, -11.0), (141.0, 6.0));
    // Russia is drawn whole, without a line across the map at the antimeridian.
    let rus = world.shape(CountryCode::parse("RUS").unwrap()).unwrap();
    for ring in &rus.rings {
        for pair in ring.windows(2) {
            assert!(
                (pair[0].0 - pair[1].0).abs() < world.width / 2.0,
                "a ring of Russia spans the map"
            );
        }
    }
}
