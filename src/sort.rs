//! One stable sort for every list the crate puts in order (diagnostics, edits, fixes,
//! match offsets).
//!
//! The standard library's sorts are fast, but each element type and comparison gets its
//! own copy of driftsort or ipnsort, 3–5 KB of WebAssembly apiece; the crate had seven of
//! them. Here the algorithm, a natural merge sort of `u32` indices by `u64` keys, is
//! compiled once; what each caller adds is a small key function and the moving of its
//! elements into the order found. The lists sorted are short (a validation's diagnostics) or
//! already nearly in order (offsets found span by span), so the indirection costs
//! nothing measurable; a list already in order is checked in one pass and left alone.
//!
//! What this does not do: sort in place without allocating, or sort lists of more than
//! `u32::MAX` elements (the crate's offsets are `u32` already).

use std::cmp::Ordering;

/// Sorts `items` stably by the `u64` key `key` gives each (equal keys keep their order).
/// Keys of two offsets are made with [`pair`].
///
/// ```
/// let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
/// resolint::sort::by_key(&mut v, |&(k, _)| k);
/// assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
/// ```
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    by_key_then(items, key, |_, _| Ordering::Equal);
}

/// Sorts `items` stably by `key`, and items of equal keys by `tie`.
///
/// ```
/// let mut v = vec![(1, "b"), (0, "z"), (1, "a")];
/// resolint::sort::by_key_then(&mut v, |&(k, _)| k, |x, y| x.1.cmp(y.1));
/// assert_eq!(v, [(0, "z"), (1, "a"), (1, "b")]);
/// ```
pub fn by_key_then<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64, tie: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    // Each key computed once; comparisons read numbers, and call `tie` only on equal keys.
    let keys: Vec<u64> = items.iter().map(key).collect();
    let tie_less = |a: u32, b: u32| matches!((items.get(a as usize), items.get(b as usize)), (Some(x), Some(y)) if tie(x, y) == Ordering::Less);
    if let Some(order) = order(&keys, &tie_less) {
        permute(items, &order);
    }
}

/// The key of a pair of offsets: by `first`, then by `second`.
///
/// ```
/// use resolint::sort::pair;
/// assert!(pair(1, 9) < pair(2, 0) && pair(2, 0) < pair(2, 1));
/// ```
#[must_use]
pub fn pair(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

/// `numbers` ascending, each once: a set to search with [`slice::binary_search`].
///
/// ```
/// assert_eq!(resolint::sort::distinct(vec![3, 1, 3, 2]), [1, 2, 3]);
/// ```
#[must_use]
pub fn distinct(mut numbers: Vec<u32>) -> Vec<u32> {
    by_key(&mut numbers, |&n| u64::from(n));
    numbers.dedup();
    numbers
}

/// The stable sorted order of the indices of `keys` (ties between equal keys broken by
/// `tie_less`), or `None` when they are in order already. Not generic, so compiled
/// once. A natural merge sort: the ascending runs the list already has (a validation's
/// diagnostics come rule by rule, each rule's in text order) are merged pairwise, so a
/// list of `r` runs takes `log2 r` passes.
fn order(keys: &[u64], tie_less: &dyn Fn(u32, u32) -> bool) -> Option<Vec<u32>> {
    let n = u32::try_from(keys.len()).ok()?;
    let less = |a: u32, b: u32| match (keys.get(a as usize), keys.get(b as usize)) {
        (Some(x), Some(y)) => x < y || (x == y && tie_less(a, b)),
        _ => false,
    };
    // Most lists come in order already: nothing allocated for them.
    if (1..n).all(|i| !less(i, i - 1)) {
        return None;
    }
    let mut bounds: Vec<usize> = std::iter::once(0).chain((1..n).filter(|&i| less(i, i - 1)).map(|i| i as usize)).collect();
    bounds.push(n as usize);
    let mut from: Vec<u32> = (0..n).collect();
    let mut to = from.clone();
    while bounds.len() > 2 {
        let mut merged = Vec::with_capacity(bounds.len() / 2 + 2);
        for pair in bounds.windows(3).step_by(2) {
            let (a, b, c) = (pair[0], pair[1], pair[2]);
            merge(&from[a..b], &from[b..c], &mut to[a..c], &less);
            merged.push(a);
        }
        // An odd run out stays as it is.
        if bounds.len() % 2 == 0 {
            let (a, b) = (bounds[bounds.len() - 2], bounds[bounds.len() - 1]);
            to[a..b].copy_from_slice(&from[a..b]);
            merged.push(a);
        }
        merged.push(n as usize);
        std::mem::swap(&mut from, &mut to);
        bounds = merged;
    }
    Some(from)
}

/// Merges the sorted runs `left` and `right` into `out`, taking from `left` on ties.
fn merge(left: &[u32], right: &[u32], out: &mut [u32], less: &impl Fn(u32, u32) -> bool) {
    let (mut l, mut r) = (left.iter().peekable(), right.iter().peekable());
    for slot in out {
        let take_right = match (l.peek(), r.peek()) {
            (Some(&&a), Some(&&b)) => less(b, a),
            (None, Some(_)) => true,
            _ => false,
        };
        let next = if take_right { r.next() } else { l.next() };
        *slot = next.copied().unwrap_or_default();
    }
}

/// Rearranges `items` so that position `k` holds the element that was at `order[k]`.
fn permute<T>(items: &mut Vec<T>, order: &[u32]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots.get_mut(i as usize).and_then(Option::take)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_sort_like_the_standard_stable_sort() {
        // Every length up to 40, with many ties, against `sort_by_key`.
        let mut seed = 7u32;
        for len in 0..40 {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut ours = v.clone();
            by_key(&mut ours, |&(k, _)| u64::from(k));
            let mut std_sorted = v;
            std_sorted.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std_sorted, "length {len}");
        }
    }

    #[test]
    fn should_leave_a_sorted_list_as_it_is() {
        let mut v = vec![1u64, 2, 2, 3];
        by_key(&mut v, |&x| x);
        assert_eq!(v, [1, 2, 2, 3]);
    }

    #[test]
    fn should_sort_a_reversed_list() {
        let mut v: Vec<u64> = (0..1000).rev().collect();
        by_key(&mut v, |&x| x);
        assert!(v.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(v.len(), 1000);
    }
}
