//! `sort_small`: a stable insertion sort for short lists (a chart's bars, regions and labels; the URL's categories and countries; a record's members): one small function per type in WebAssembly, where the standard stable sort costs ~4 KB per type.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`. Quadratic, for lists of at most a few
/// hundred items (never the milestones themselves).
pub fn sort_small<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            match (v.get(j - 1), v.get(j)) {
                (Some(a), Some(b)) if cmp(a, b) == Ordering::Greater => v.swap(j - 1, j),
                _ => break,
            }
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn it_sorts_as_the_standard_stable_sort_does(v in proptest::collection::vec((0u8..6, 0u16..1000), 0..80)) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            sort_small(&mut ours, |a, b| a.0.cmp(&b.0));
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
