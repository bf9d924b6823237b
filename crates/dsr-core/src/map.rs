//! World geometry: the Equal Earth projection, TopoJSON decoding (for the build tool), and the compact `world-110m.json` the app draws.
//!
//! The geometry comes from Natural Earth 1:110m via the npm package
//! `world-atlas` (public domain). `cargo run --bin map-build` decodes its
//! TopoJSON, projects every ring with Equal Earth, quantises it to a grid and
//! writes `public/data/world-110m.json`, which the app fetches only when the
//! map is first shown.

use serde::{Deserialize, Serialize};

use crate::countries::Countries;
use crate::error::{DataError, Problem, Record};

/// The world geometry's file, relative to the page.
pub const WORLD_FILE: &str = "data/world-110m.json";
use crate::model::CountryCode;

/// Equal Earth (Šavrič, Patterson & Jenny 2018), on a unit sphere: `(x, y)`
/// with `x` in about ±2.71 and `y` in about ±1.32, `y` growing northwards.
pub fn equal_earth(lon_deg: f64, lat_deg: f64) -> (f64, f64) {
    const A1: f64 = 1.340_264;
    const A2: f64 = -0.081_106;
    const A3: f64 = 0.000_893;
    const A4: f64 = 0.003_796;
    let m = 3f64.sqrt() / 2.0;
    let lon = lon_deg.to_radians();
    let lat = lat_deg.clamp(-90.0, 90.0).to_radians();
    let t = (m * lat.sin()).asin();
    let t2 = t * t;
    let t6 = t2 * t2 * t2;
    let x = lon * t.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// The projected extent of the whole world with Equal Earth.
pub fn world_extent() -> (f64, f64) {
    (equal_earth(180.0, 0.0).0, equal_earth(0.0, 90.0).1)
}

/// Width of the quantised grid; the height follows the projection's aspect.
pub const GRID_WIDTH: u32 = 2000;

/// Projects a point to the quantised grid: `(0, 0)` is the top left corner.
pub fn to_grid(lon: f64, lat: f64) -> (i32, i32) {
    let (ex, ey) = world_extent();
    let (x, y) = equal_earth(lon, lat);
    let scale = f64::from(GRID_WIDTH) / (2.0 * ex);
    (
        ((x + ex) * scale).round() as i32,
        ((ey - y) * scale).round() as i32,
    )
}

/// The grid's height.
pub fn grid_height() -> u32 {
    let (ex, ey) = world_extent();
    (f64::from(GRID_WIDTH) * ey / ex).round() as u32
}

// ---- TopoJSON (input of the build tool) ----

#[derive(Debug, Deserialize)]
pub struct Topology {
    pub objects: TopoObjects,
    pub arcs: Vec<Vec<[f64; 2]>>,
    pub transform: Option<TopoTransform>,
}

#[derive(Debug, Deserialize)]
pub struct TopoObjects {
    pub countries: TopoCollection,
}

#[derive(Debug, Deserialize)]
pub struct TopoCollection {
    pub geometries: Vec<TopoGeometry>,
}

#[derive(Debug, Deserialize)]
pub struct TopoTransform {
    pub scale: [f64; 2],
    pub translate: [f64; 2],
}

#[derive(Debug, Deserialize)]
pub struct TopoGeometry {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub properties: Option<serde_json::Value>,
    #[serde(default)]
    pub arcs: serde_json::Value,
}

/// A decoded country of the topology: its numeric id, name, and polygons
/// (each a list of rings of `(lon, lat)`; the first ring is the outline).
#[derive(Clone, Debug, PartialEq)]
pub struct LonLatShape {
    pub id: Option<String>,
    pub name: String,
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

/// Decodes the arcs (delta-encoded, quantised) to longitude and latitude.
fn decode_arcs(topo: &Topology) -> Vec<Vec<(f64, f64)>> {
    topo.arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .map(|p| match &topo.transform {
                    Some(t) => {
                        x += p[0];
                        y += p[1];
                        (
                            x * t.scale[0] + t.translate[0],
                            y * t.scale[1] + t.translate[1],
                        )
                    }
                    None => (p[0], p[1]),
                })
                .collect()
        })
        .collect()
}

/// A ring from arc indices; a negative index `i` is arc `!i` reversed.
fn ring(arcs: &[Vec<(f64, f64)>], indices: &[i64]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for &i in indices {
        let (arc, reversed) = if i >= 0 {
            (i as usize, false)
        } else {
            ((!i) as usize, true)
        };
        let Some(points) = arcs.get(arc) else {
            continue;
        };
        let mut pts: Vec<(f64, f64)> = points.clone();
        if reversed {
            pts.reverse();
        }
        // Consecutive arcs share their end points.
        if !out.is_empty() && !pts.is_empty() {
            pts.remove(0);
        }
        out.extend(pts);
    }
    out
}

fn indices(v: &serde_json::Value) -> Vec<i64> {
    v.as_array()
        .map(|a| a.iter().filter_map(serde_json::Value::as_i64).collect())
        .unwrap_or_default()
}

/// Decodes every country of a world-atlas topology.
pub fn decode_topology(topo: &Topology) -> Vec<LonLatShape> {
    let arcs = decode_arcs(topo);
    topo.objects
        .countries
        .geometries
        .iter()
        .map(|g| {
            let polygon = |p: &serde_json::Value| -> Vec<Vec<(f64, f64)>> {
                p.as_array()
                    .map(|rings| rings.iter().map(|r| ring(&arcs, &indices(r))).collect())
                    .unwrap_or_default()
            };
            let polygons = match g.kind.as_str() {
                "Polygon" => vec![polygon(&g.arcs)],
                "MultiPolygon" => g
                    .arcs
                    .as_array()
                    .map(|ps| ps.iter().map(polygon).collect())
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            let name = g
                .properties
                .as_ref()
                .and_then(|p| p.get("name"))
                .and_then(|n| n.as_str())
                .unwrap_or("")
                .to_owned();
            LonLatShape {
                id: g.id.clone(),
                name,
                polygons,
            }
        })
        .collect()
}

// ---- The compact world file (output of the build tool, input of the app) ----

/// One country's shape in the world file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawShape {
    /// ISO alpha-3 code; absent for territories without one (shown, never shaded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a3: Option<String>,
    /// Name in Natural Earth, for territories without a code.
    pub name: String,
    /// Rings on the grid: `[x0, y0, dx1, dy1, dx2, dy2, …]`.
    pub rings: Vec<Vec<i32>>,
}

/// The world file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawWorld {
    pub source: String,
    pub projection: String,
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<RawShape>,
}

/// Delta-encodes a ring of grid points, dropping repeated points.
pub fn encode_ring(points: &[(i32, i32)]) -> Vec<i32> {
    let mut out = Vec::with_capacity(points.len() * 2);
    let mut prev: Option<(i32, i32)> = None;
    for &(x, y) in points {
        match prev {
            None => {
                out.push(x);
                out.push(y);
            }
            Some((px, py)) if (px, py) == (x, y) => continue,
            Some((px, py)) => {
                out.push(x - px);
                out.push(y - py);
            }
        }
        prev = Some((x, y));
    }
    out
}

/// The inverse of [`encode_ring`].
pub fn decode_ring(encoded: &[i32]) -> Vec<(i32, i32)> {
    let mut out = Vec::with_capacity(encoded.len() / 2);
    let (mut x, mut y) = (0, 0);
    for (i, pair) in encoded.chunks_exact(2).enumerate() {
        let &[dx, dy] = pair else { continue };
        if i == 0 {
            (x, y) = (dx, dy);
        } else {
            x += dx;
            y += dy;
        }
        out.push((x, y));
    }
    out
}

/// Shapes that UN M49 does not number, matched by their Natural Earth name.
const BY_NAME: &[(&str, &str)] = &[("Kosovo", "XKK"), ("Taiwan", "TWN")];

/// A ring that crosses the antimeridian (a jump of more than 180° between
/// neighbours) is split into an eastern and a western copy, each pinned to
/// its edge of the map, so that no line runs across the world.
pub fn split_antimeridian(ring: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let crosses = ring
        .iter()
        .zip(ring.iter().skip(1))
        .any(|(a, b)| (a.0 - b.0).abs() > 180.0);
    if !crosses {
        return vec![ring.to_vec()];
    }
    let east = ring
        .iter()
        .map(|&(lon, lat)| (if lon < 0.0 { 180.0 } else { lon }, lat))
        .collect();
    let west = ring
        .iter()
        .map(|&(lon, lat)| (if lon > 0.0 { -180.0 } else { lon }, lat))
        .collect();
    vec![east, west]
}

/// Builds the world file from a decoded topology: projects, quantises and
/// matches each shape to a country code through its UN M49 number.
pub fn build_world(shapes: &[LonLatShape], countries: &Countries) -> RawWorld {
    let by_m49 = |id: &str| {
        countries
            .all()
            .iter()
            .find(|c| c.m49.as_deref() == Some(id))
            .map(|c| c.code)
    };
    let by_name = |name: &str| {
        BY_NAME
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, a3)| CountryCode::parse(a3))
    };
    let shapes = shapes
        .iter()
        .map(|s| {
            let code =
                s.id.as_deref()
                    .and_then(by_m49)
                    .or_else(|| by_name(&s.name));
            let rings = s
                .polygons
                .iter()
                .flatten()
                .flat_map(|r| split_antimeridian(r))
                .map(|r| {
                    let pts: Vec<(i32, i32)> =
                        r.iter().map(|&(lon, lat)| to_grid(lon, lat)).collect();
                    encode_ring(&pts)
                })
                .filter(|r| r.len() >= 6)
                .collect();
            RawShape {
                a3: code.map(|c| c.to_string()),
                name: s.name.clone(),
                rings,
            }
        })
        .collect();
    RawWorld {
        source: "Natural Earth 1:110m (public domain), via the npm package world-atlas 2.0.2; Equal Earth projection; built by `cargo run --bin map-build`.".to_owned(),
        projection: "Equal Earth".to_owned(),
        width: GRID_WIDTH,
        height: grid_height(),
        shapes,
    }
}

/// A shape ready to draw: rings of grid points, its area and centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub code: Option<CountryCode>,
    pub name: String,
    pub rings: Vec<Vec<(f64, f64)>>,
    /// Area in grid units² (outer rings minus holes, by the shoelace formula).
    pub area: f64,
    /// The centre of the largest ring's bounding box.
    pub centre: (f64, f64),
}

/// The world, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct World {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    pub source: String,
}

fn signed_area(r: &[(f64, f64)]) -> f64 {
    // Each point with the next, the last with the first.
    r.iter()
        .zip(r.iter().cycle().skip(1))
        .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
        .sum::<f64>()
        / 2.0
}

impl World {
    /// Parses `world-110m.json`; an error says what is wrong.
    pub fn parse(text: &str) -> Result<World, Vec<DataError>> {
        let raw: RawWorld = serde_json::from_str(text).map_err(|e| {
            vec![
                DataError::new(WORLD_FILE, Record::File, "", Problem::Json(e.to_string()))
                    .at(e.line(), e.column()),
            ]
        })?;
        let shapes = raw
            .shapes
            .into_iter()
            .map(|s| {
                let rings: Vec<Vec<(f64, f64)>> = s
                    .rings
                    .iter()
                    .map(|r| {
                        decode_ring(r)
                            .into_iter()
                            .map(|(x, y)| (f64::from(x), f64::from(y)))
                            .collect()
                    })
                    .collect();
                let area = rings.iter().map(|r| signed_area(r)).sum::<f64>().abs();
                let largest = rings
                    .iter()
                    .max_by(|a, b| signed_area(a).abs().total_cmp(&signed_area(b).abs()));
                let centre = largest.map_or((0.0, 0.0), |r| {
                    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                    for &(x, y) in r {
                        x0 = x0.min(x);
                        y0 = y0.min(y);
                        x1 = x1.max(x);
                        y1 = y1.max(y);
                    }
                    ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
                });
                Shape {
                    code: s.a3.as_deref().and_then(CountryCode::parse),
                    name: s.name,
                    rings,
                    area,
                    centre,
                }
            })
            .collect();
        Ok(World {
            width: f64::from(raw.width),
            height: f64::from(raw.height),
            shapes,
            source: raw.source,
        })
    }

    pub fn shape(&self, code: CountryCode) -> Option<&Shape> {
        self.shapes.iter().find(|s| s.code == Some(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_earth_matches_its_published_extent_and_symmetry() {
        let (ex, ey) = world_extent();
        // The Equal Earth paper gives a width of 2 × 2.7066 and a height of 2 × 1.3173 for R = 1.
        assert!((ex - 2.7066).abs() < 1e-3, "{ex}");
        assert!((ey - 1.3173).abs() < 1e-3, "{ey}");
        assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
        let (x, y) = equal_earth(30.0, 45.0);
        let (mx, my) = equal_earth(-30.0, -45.0);
        assert!((x + mx).abs() < 1e-12 && (y + my).abs() < 1e-12);
        // Meridians bend inwards towards the poles.
        assert!(equal_earth(180.0, 60.0).0 < equal_earth(180.0, 0.0).0);
    }

    #[test]
    fn a_ring_across_the_antimeridian_is_split_at_the_edges() {
        let fiji = vec![
            (179.0, -17.0),
            (-179.5, -17.2),
            (-179.8, -16.8),
            (179.2, -16.5),
            (179.0, -17.0),
        ];
        let parts = split_antimeridian(&fiji);
        assert_eq!(parts.len(), 2);
        assert!(parts[0].iter().all(|p| p.0 > 0.0));
        assert!(parts[1].iter().all(|p| p.0 < 0.0));
        assert_eq!(
            split_antimeridian(&[(1.0, 1.0), (2.0, 2.0), (1.0, 2.0)]).len(),
            1
        );
    }

    #[test]
    fn rings_round_trip_through_the_delta_encoding() {
        let ring = vec![(10, 20), (15, 22), (15, 22), (9, 30), (10, 20)];
        let back = decode_ring(&encode_ring(&ring));
        assert_eq!(back, vec![(10, 20), (15, 22), (9, 30), (10, 20)]);
    }

    #[test]
    fn the_grid_puts_known_places_where_they_belong() {
        let h = grid_height() as i32;
        let (x, y) = to_grid(0.0, 0.0);
        assert_eq!(x, GRID_WIDTH as i32 / 2);
        assert!((y - h / 2).abs() <= 1, "{y} vs {}", h / 2);
        // Beijing is east of the centre and north of the equator; Nairobi just south of it.
        let (bx, by) = to_grid(116.4, 39.9);
        assert!(bx > x + 500 && by < y - 200, "{bx},{by}");
        let (nx, ny) = to_grid(36.8, -1.3);
        assert!(nx > x && ny > y && ny < y + 30, "{nx},{ny}");
    }
}
