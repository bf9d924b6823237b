//! `Matrix`: who joined what, when: countries in rows, agreements in columns, each cell the date a country joined, "not named" where an agreement is known only as a count, or no where its list is complete.

use crate::countries::{Countries, Country};
use crate::filter::Filters;
use crate::i18n::Lang;
use crate::model::{token_enum, Agreement, CountryCode, Dataset, Observation, PartialDate};

token_enum! {
    /// The order of the matrix's rows (`matrix=`).
    #[derive(Default)]
    MatrixOrder {
        /// The country that joined something first leads: the default.
        #[default]
        Joined = "joined",
        /// The country named in the most agreements leads.
        Agreements = "agreements",
        /// By name, in the reader's language.
        Name = "name",
    }
}

/// One cell: what the sources say of a country and an agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Named as a member, joined by this date.
    Joined(PartialDate),
    /// The agreement's members are known only as a count, or the list
    /// published is shorter than the count: whether this country is among
    /// them is not known. Never "no".
    NotNamed,
    /// The sources list every member, and this country is not among them.
    No,
}

/// One column: an agreement, with its figure at the date shown.
#[derive(Clone, Debug)]
pub struct Column<'a> {
    pub agreement: &'a Agreement,
    pub figure: &'a Observation,
    /// The countries named as members by then, with the date each joined by.
    named: Vec<(CountryCode, PartialDate)>,
}

impl Column<'_> {
    /// Whether the list of members published is the whole of them.
    pub fn complete(&self) -> bool {
        self.figure.qualifier.is_none() && self.named.len() >= self.figure.count as usize
    }

    /// How many members the sources name.
    pub fn named(&self) -> usize {
        self.named.len()
    }

    /// The cell of `country` in this column.
    pub fn cell(&self, country: CountryCode) -> Cell {
        match self.named.iter().find(|(c, _)| *c == country) {
            Some(&(_, joined)) => Cell::Joined(joined),
            None if self.complete() => Cell::No,
            None => Cell::NotNamed,
        }
    }
}

/// One row: a country and its cell in each column.
#[derive(Clone, Debug)]
pub struct Row<'a> {
    pub country: &'a Country,
    pub cells: Vec<Cell>,
}

impl Row<'_> {
    /// How many agreements name it.
    pub fn joined(&self) -> usize {
        self.cells
            .iter()
            .filter(|c| matches!(c, Cell::Joined(_)))
            .count()
    }

    /// The first date it joined something by.
    pub fn first(&self) -> Option<PartialDate> {
        self.cells
            .iter()
            .filter_map(|c| match c {
                Cell::Joined(d) => Some(*d),
                _ => None,
            })
            .min_by_key(|d| d.start_key())
    }
}

/// The matrix at the current filters.
#[derive(Clone, Debug)]
pub struct Matrix<'a> {
    pub columns: Vec<Column<'a>>,
    pub rows: Vec<Row<'a>>,
}

impl<'a> Matrix<'a> {
    /// The agreements with a figure by the `asof=` date, in the dataset's
    /// order, and as rows: the chosen countries (in the address's order
    /// before sorting), or else every country named in one of them, within
    /// the region filter. Sorted by `order` in `lang`.
    pub fn of(
        ds: &'a Dataset,
        countries: &'a Countries,
        filters: Option<&Filters>,
        order: MatrixOrder,
        lang: Lang,
    ) -> Matrix<'a> {
        let none = Filters::default();
        let filters = filters.unwrap_or(&none);
        let asof = filters.asof;
        let columns: Vec<Column<'a>> = ds
            .agreements
            .iter()
            .filter_map(|a| {
                a.as_of(asof).map(|figure| Column {
                    agreement: a,
                    figure,
                    named: a
                        .named_by(asof)
                        .into_iter()
                        .map(|(c, d, _)| (c, d))
                        .collect(),
                })
            })
            .collect();
        let in_region = |c: &Country| filters.region.is_none_or(|r| c.region == Some(r));
        let chosen: Vec<&'a Country> = if filters.countries.is_empty() {
            countries
                .all()
                .iter()
                // China is the other party of every agreement, not a partner.
                .filter(|c| c.code != crate::model::CHINA)
                .filter(|c| {
                    columns
                        .iter()
                        .any(|col| col.named.iter().any(|(k, _)| *k == c.code))
                })
                .collect()
        } else {
            filters
                .countries
                .iter()
                .filter_map(|&c| countries.get(c))
                .collect()
        };
        let mut rows: Vec<Row<'a>> = chosen
            .into_iter()
            .filter(|c| in_region(c))
            .map(|country| Row {
                country,
                cells: columns.iter().map(|col| col.cell(country.code)).collect(),
            })
            .collect();
        let by_name = |a: &Row, b: &Row| a.country.name(lang).cmp(b.country.name(lang));
        match order {
            MatrixOrder::Name => crate::order::sort_small(&mut rows, by_name),
            MatrixOrder::Agreements => crate::order::sort_small(&mut rows, |a, b| {
                b.joined().cmp(&a.joined()).then_with(|| by_name(a, b))
            }),
            MatrixOrder::Joined => crate::order::sort_small(&mut rows, |a, b| {
                let key = |r: &Row| r.first().map_or(u32::MAX, |d| d.start_key());
                key(a).cmp(&key(b)).then_with(|| by_name(a, b))
            }),
        }
        Matrix { columns, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    /// The cells, counted straight from the shipped `dsr.json` (not through the model).
    #[test]
    fn the_cells_match_counts_read_from_the_shipped_file() {
        let (ds, countries) = bundled();
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/dsr.json"
        ))
        .unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let agreements = json["agreements"].as_array().unwrap();
        let m = Matrix::of(&ds, &countries, None, MatrixOrder::Joined, Lang::En);
        assert_eq!(m.columns.len(), agreements.len());
        for (col, a) in m.columns.iter().zip(agreements) {
            // Named in the file: listed members and the countries of undisputed observations.
            let mut named: Vec<String> = Vec::new();
            for mem in a["members"].as_array().into_iter().flatten() {
                named.push(mem["country"].as_str().unwrap().to_owned());
            }
            for o in a["observations"].as_array().unwrap() {
                if o["disputed"].as_bool() == Some(true) {
                    continue;
                }
                for c in o["countries"].as_array().into_iter().flatten() {
                    named.push(c.as_str().unwrap().to_owned());
                }
            }
            // China, the other party of each, is not a row.
            named.retain(|c| c != "CHN");
            named.sort();
            named.dedup();
            let joined_cells: Vec<String> = m
                .rows
                .iter()
                .filter(|r| {
                    matches!(
                        r.cells[m
                            .columns
                            .iter()
                            .position(|c| c.agreement.id == col.agreement.id)
                            .unwrap()],
                        Cell::Joined(_)
                    )
                })
                .map(|r| r.country.code.to_string())
                .collect();
            let mut sorted = joined_cells.clone();
            sorted.sort();
            assert_eq!(sorted, named, "{}", col.agreement.id);
        }
        // Every row joined something, and rows lead with the earliest joining.
        assert!(m.rows.iter().all(|r| r.joined() > 0));
        let firsts: Vec<u32> = m
            .rows
            .iter()
            .map(|r| r.first().unwrap().start_key())
            .collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    }

    #[test]
    fn a_count_is_not_named_and_a_complete_list_says_no() {
        let (ds, countries) = bundled();
        let filters = Filters {
            countries: vec![code("KEN"), code("DZA")],
            ..Filters::default()
        };
        let m = Matrix::of(&ds, &countries, Some(&filters), MatrixOrder::Name, Lang::En);
        let names: Vec<&str> = m.rows.iter().map(|r| r.country.en.as_str()).collect();
        assert_eq!(names, ["Algeria", "Kenya"]);
        let las = m
            .columns
            .iter()
            .position(|c| c.agreement.id == "china-las-data-security-2021")
            .unwrap();
        assert!(m.columns[las].complete());
        assert!(matches!(m.rows[0].cells[las], Cell::Joined(_)));
        assert_eq!(m.rows[1].cells[las], Cell::No);
        // The Digital Silk Road MoUs: 17 countries, three of them named.
        let dsr = m
            .columns
            .iter()
            .position(|c| c.agreement.id == "dsr-mou")
            .unwrap();
        assert!(!m.columns[dsr].complete());
        assert_eq!(m.columns[dsr].named(), 3);
        assert_eq!(m.rows[0].cells[dsr], Cell::NotNamed);
        // RCEP's fifteen are all named: Kenya is not among them.
        let rcep = m
            .columns
            .iter()
            .position(|c| c.agreement.id == "rcep")
            .unwrap();
        assert!(m.columns[rcep].complete());
        assert_eq!(m.rows[1].cells[rcep], Cell::No);
        // By number of agreements: Algeria (named once) before Kenya.
        let m = Matrix::of(
            &ds,
            &countries,
            Some(&filters),
            MatrixOrder::Agreements,
            Lang::En,
        );
        assert_eq!(m.rows[0].country.en, "Algeria");
        // As of 2019, the 2021 initiative is not yet a column.
        let then = Filters {
            asof: PartialDate::from_parts(2019, 0, 0).ok(),
            ..filters
        };
        let m = Matrix::of(&ds, &countries, Some(&then), MatrixOrder::Name, Lang::En);
        assert!(m
            .columns
            .iter()
            .all(|c| c.agreement.id != "china-las-data-security-2021"));
    }
}
