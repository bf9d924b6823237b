//! `cargo run --bin map-build [-- TOPOJSON]`: converts Natural Earth 1:110m (world-atlas) into `public/data/world-110m.json`.
//!
//! The input defaults to `tools/map/node_modules/world-atlas/countries-110m.json`
//! (`npm ci --prefix tools/map` installs it). Shapes are projected with Equal
//! Earth, quantised, delta-encoded, and matched to ISO codes through their
//! UN M49 numbers in `public/data/countries.json`.

use std::process::ExitCode;

use dsr_core::countries::Countries;
use dsr_core::map::{build_world, decode_topology, Topology};

fn main() -> ExitCode {
    let input = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tools/map/node_modules/world-atlas/countries-110m.json".to_owned());
    let run = || -> Result<String, String> {
        let topo_text = std::fs::read_to_string(&input)
            .map_err(|e| format!("{input}: {e} (run `npm ci --prefix tools/map`)"))?;
        let topo: Topology =
            serde_json::from_str(&topo_text).map_err(|e| format!("{input}: {e}"))?;
        let countries_text =
            std::fs::read_to_string("public/data/countries.json").map_err(|e| e.to_string())?;
        let countries =
            Countries::parse("countries.json", &countries_text).map_err(|e| format!("{e:?}"))?;
        let world = build_world(&decode_topology(&topo), &countries);
        // One shape per line keeps the file diffable.
        let mut out = String::from("{\n");
        out.push_str(&format!(
            "  \"source\": {},\n",
            serde_json::to_string(&world.source).map_err(|e| e.to_string())?
        ));
        out.push_str(&format!(
            "  \"projection\": {},\n",
            serde_json::to_string(&world.projection).map_err(|e| e.to_string())?
        ));
        out.push_str(&format!(
            "  \"width\": {},\n  \"height\": {},\n  \"shapes\": [\n",
            world.width, world.height
        ));
        let lines: Result<Vec<String>, String> = world
            .shapes
            .iter()
            .map(|s| {
                serde_json::to_string(s)
                    .map(|j| format!("    {j}"))
                    .map_err(|e| e.to_string())
            })
            .collect();
        out.push_str(&lines?.join(",\n"));
        out.push_str("\n  ]\n}\n");
        Ok(out)
    };
    match run() {
        Ok(text) => match std::fs::write("public/data/world-110m.json", text) {
            Ok(()) => {
                println!("wrote public/data/world-110m.json");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("map-build: {e}");
                ExitCode::from(1)
            }
        },
        Err(e) => {
            eprintln!("map-build: {e}");
            ExitCode::from(1)
        }
    }
}
