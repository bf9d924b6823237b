//! The width a chart is laid out at, from the page layout in `style/main.css` (a test keeps the two in step).

/// The page's widest content, in CSS pixels (`.page { max-width }`).
pub const PAGE_MAX_WIDTH: u32 = 1240;
/// The page's side padding on wide screens (`.page { padding }`), and on narrow ones.
pub const PAGE_PADDING: u32 = 24;
pub const PAGE_PADDING_NARROW: u32 = 12;
/// The filter column and the gap after it (`.layout { grid-template-columns; gap }`).
pub const FILTERS_WIDTH: u32 = 290;
pub const LAYOUT_GAP: u32 = 24;
/// Below this viewport width the layout is one column (`@media (max-width)`).
pub const NARROW: u32 = 760;
/// A card's borders, left and right.
pub const CARD_BORDERS: u32 = 2;

/// The width a chart is drawn at: the results column's width at this viewport width.
pub fn chart_width(viewport: u32) -> u32 {
    let page = viewport.min(PAGE_MAX_WIDTH);
    if viewport <= NARROW {
        page.saturating_sub(2 * PAGE_PADDING_NARROW + CARD_BORDERS)
    } else {
        page.saturating_sub(2 * PAGE_PADDING + FILTERS_WIDTH + LAYOUT_GAP + CARD_BORDERS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_width_follows_the_page_layout() {
        assert_eq!(chart_width(1920), 1240 - 48 - 290 - 24 - 2);
        assert_eq!(chart_width(390), 390 - 24 - 2);
        assert_eq!(chart_width(0), 0);
    }
}
