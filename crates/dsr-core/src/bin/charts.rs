//! `cargo run --bin charts -- OUT_DIR [WIDTH HEIGHT]`: writes every chart in every theme as SVG (the comparison's for Kenya, Ethiopia and Thailand), for review and docs.

use std::process::ExitCode;

use dsr_core::chart::{ChartId, Input, Size, Theme};
use dsr_core::countries::Countries;
use dsr_core::i18n::Lang;
use dsr_core::validate::parse_dataset;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: charts OUT_DIR [WIDTH HEIGHT]");
        return ExitCode::from(2);
    };
    let size = match (args.get(1), args.get(2)) {
        (Some(w), Some(h)) => w.parse().ok().zip(h.parse().ok()),
        _ => None,
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let result = (|| -> Result<(), String> {
        let countries = Countries::parse("countries.json", &read("public/data/countries.json")?)
            .map_err(|e| format!("{e:?}"))?;
        let ds = parse_dataset("dsr.json", &read("public/data/dsr.json")?, &countries)
            .map_err(|e| format!("{e:?}"))?;
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let world = dsr_core::map::World::parse(&read("public/data/world-110m.json")?)
            .map_err(|e| format!("{e:?}"))?;
        std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
        let compared = dsr_core::filter::Filters {
            countries: ["KEN", "ETH", "THA"]
                .iter()
                .filter_map(|c| dsr_core::model::CountryCode::parse(c))
                .collect(),
            ..Default::default()
        };
        let compared_ids = dsr_core::filter::apply(&ds, &compared, &countries, None);
        for &lang in Lang::ALL {
            let mut input = Input::new(&ds, &countries, &all, lang);
            input.world = Some(&world);
            let comparison =
                Input::new(&ds, &countries, &compared_ids, lang).with_filters(&compared);
            let charts = ChartId::WITH_ADDRESS
                .iter()
                .map(|&id| (id, &input))
                .chain([ChartId::Compare, ChartId::CompareByYear].map(|id| (id, &comparison)));
            for (id, input) in charts {
                let chart = id.model(input);
                for &theme in Theme::ALL {
                    let (w, h) = size.unwrap_or_else(|| (900, chart.preferred_height(900, theme)));
                    let svg = chart
                        .document(theme, Size::new(w, h))
                        .map_err(|e| format!("{e:?}"))?;
                    let file = format!(
                        "{out}/{}-{}-{}-{w}x{h}.svg",
                        id.as_str(),
                        theme.as_str(),
                        lang.as_str()
                    );
                    std::fs::write(&file, svg).map_err(|e| format!("{file}: {e}"))?;
                    println!("{file}");
                }
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("charts: {e}");
            ExitCode::from(1)
        }
    }
}
