//! `Size`: a drawing's size in CSS pixels, clamped to what the charts can lay out.

/// Size of the drawing, in CSS pixels (the SVG's viewBox).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

impl Size {
    pub const MIN_WIDTH: u32 = 280;
    pub const MAX_WIDTH: u32 = 4000;

    /// A size clamped to what the charts can lay out.
    pub fn new(width: u32, height: u32) -> Self {
        Self {
            width: width.clamp(Self::MIN_WIDTH, Self::MAX_WIDTH),
            height: height.clamp(60, 4000),
        }
    }
}
