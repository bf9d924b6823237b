//! The bundle: the shipped dataset and the country list, validated at build time and written compactly (postcard) for the page to read without a JSON parser.
//!
//! `public/data/dsr.json` stays the published file. The build (`cargo run
//! --bin compact`) validates it and writes `data/dsr.bin`, which the app
//! reads first: decoding it needs no JSON code in the main module, and the
//! bytes carry no field names. A reader's own dataset is JSON, and is read by
//! the validator, in a chunk of its own.

use serde::{Deserialize, Serialize};

use crate::countries::Countries;
use crate::model::Dataset;

/// The bundle's file, relative to the page.
pub const BUNDLE_FILE: &str = "data/dsr.bin";

/// What the bundle's first bytes say: its format and version. A bundle from
/// another build is refused, never misread.
const MAGIC: &[u8; 8] = b"DSRBIN02";

/// The dataset and the country list it was checked against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub countries: Countries,
    pub dataset: Dataset,
}

/// Why a bundle could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// It does not start with this build's mark: another format or version.
    NotABundle,
    /// It starts right but does not decode: a truncated or damaged file.
    Damaged(String),
}

impl Bundle {
    /// The bundle's bytes: the mark, then postcard.
    pub fn to_bytes(&self) -> Result<Vec<u8>, String> {
        let mut out = MAGIC.to_vec();
        out.extend(postcard::to_allocvec(self).map_err(|e| e.to_string())?);
        Ok(out)
    }

    /// Reads a bundle, and rebuilds what it does not store (the search text,
    /// the index of countries by code).
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, BundleError> {
        let body = bytes.strip_prefix(MAGIC).ok_or(BundleError::NotABundle)?;
        let mut b: Bundle =
            postcard::from_bytes(body).map_err(|e| BundleError::Damaged(e.to_string()))?;
        b.countries.index();
        for m in &mut b.dataset.milestones {
            m.index();
        }
        Ok(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled;

    #[test]
    fn the_bundle_reads_back_the_same_dataset_and_countries() {
        let (ds, countries) = bundled();
        let b = Bundle {
            countries: countries.clone(),
            dataset: ds.clone(),
        };
        let bytes = b.to_bytes().unwrap();
        let back = Bundle::from_bytes(&bytes).unwrap();
        assert_eq!(back.dataset, ds);
        assert_eq!(back.countries, countries);
        assert!(back
            .dataset
            .milestones
            .iter()
            .all(|m| !m.haystack.is_empty()));
    }

    #[test]
    fn a_foreign_or_damaged_bundle_is_refused() {
        let (ds, countries) = bundled();
        let bytes = Bundle {
            countries,
            dataset: ds,
        }
        .to_bytes()
        .unwrap();
        assert_eq!(
            Bundle::from_bytes(b"{\"meta\":{}}"),
            Err(BundleError::NotABundle)
        );
        let cut = &bytes[..bytes.len() / 2];
        assert!(matches!(
            Bundle::from_bytes(cut),
            Err(BundleError::Damaged(_))
        ));
    }
}
