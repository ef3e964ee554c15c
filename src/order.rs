//! The crate's one stable sort, by an `i64` key.
//!
//! std's `sort_by_key` is stable and fast, but each call site brings its own
//! copy of driftsort into the wasm (about 1.5 KB of code each, three sites).
//! Our lists are a feed's items and the saved copies' index: a merge sort of
//! indices by precomputed keys is plenty, and only its small reordering step
//! is generic.

/// Reorders `items` stably by `key`, smallest first: items with equal keys
/// keep their order.
pub fn sort_by_i64<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let keys: Vec<i64> = items.iter().map(key).collect();
    let order = stable_order(&keys);
    if order.iter().enumerate().all(|(at, &from)| at == from) {
        return;
    }
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&from| slots[from].take()));
}

/// The indices of `keys` in stable ascending order of their key (a
/// bottom-up merge sort: `n log n` comparisons whatever the input).
fn stable_order(keys: &[i64]) -> Vec<usize> {
    let n = keys.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let middle = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                // `<=` takes the left run first on a tie: that keeps it stable.
                let take_left =
                    right == end || (left < middle && keys[order[left]] <= keys[order[right]]);
                *slot = if take_left { order[left] } else { order[right] };
                if take_left {
                    left += 1;
                } else {
                    right += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What std's stable sort gives: the reference.
    fn std_sorted(pairs: &[(i64, usize)]) -> Vec<(i64, usize)> {
        let mut expected = pairs.to_vec();
        expected.sort_by_key(|&(key, _)| key);
        expected
    }

    fn ours(pairs: &[(i64, usize)]) -> Vec<(i64, usize)> {
        let mut got = pairs.to_vec();
        sort_by_i64(&mut got, |&(key, _)| key);
        got
    }

    #[test]
    fn empty_and_single_lists_stay() {
        assert_eq!(ours(&[]), vec![]);
        assert_eq!(ours(&[(5, 0)]), vec![(5, 0)]);
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let pairs = [(2, 0), (1, 1), (2, 2), (1, 3), (2, 4)];
        assert_eq!(ours(&pairs), vec![(1, 1), (1, 3), (2, 0), (2, 2), (2, 4)]);
    }

    #[test]
    fn extreme_keys_sort_like_std() {
        let pairs = [(i64::MAX, 0), (i64::MIN, 1), (0, 2), (-1, 3), (i64::MAX, 4)];
        assert_eq!(ours(&pairs), std_sorted(&pairs));
    }

    #[test]
    fn matches_std_on_many_lengths_and_shapes() {
        // Sorted, reversed, all equal, and pseudo-random keys with repeats,
        // at every length up to 70 (several odd tails for the merge).
        let mut seed = 0x9e37_79b9_u64;
        for n in 0..70 {
            let shapes: [Vec<i64>; 4] = [
                (0..n as i64).collect(),
                (0..n as i64).rev().collect(),
                vec![7; n],
                (0..n)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        (seed % 9) as i64 - 4
                    })
                    .collect(),
            ];
            for keys in shapes {
                let pairs: Vec<(i64, usize)> = keys.into_iter().zip(0..).collect();
                assert_eq!(ours(&pairs), std_sorted(&pairs), "{pairs:?}");
            }
        }
    }
}
