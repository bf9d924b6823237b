//! Citing: the menu that gives the dataset's, a chart's or a milestone's citation as plain text, BibTeX, RIS and CSL-JSON, to copy or download.

pub mod cite_menu;
