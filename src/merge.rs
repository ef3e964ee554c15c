//! What one widget lists from its feeds: several feeds (`feed="a b"`)
//! merged newest first with repeats left out, then the site's `tags` and
//! `exclude-tags` filters. Pure, so the rules are tested natively.

use std::collections::HashSet;

use crate::feed::{Feed, Item, uri};
use crate::options::Options;

/// One feed of a widget, as loaded.
pub struct Part<'a> {
    /// What it gave.
    pub feed: &'a Feed,
    /// Its absolute URL (or the site's `base-url`): what its relative links
    /// and pictures resolve against.
    pub base: &'a str,
    /// Its place in the `feed` attribute, which prefixes its ids: the same
    /// whichever of the other feeds answered.
    pub position: usize,
}

/// The list the widget shows from `parts` (in the order of the `feed`
/// attribute), filtered by `options`.
///
/// The feed of a widget with one (`several` false) is kept as it is,
/// links unresolved (the view resolves them against that feed). Several
/// are merged, however many of them answered: links and pictures made
/// absolute against their own feed; items newest first (each feed is
/// already, undated items last); an item whose link another
/// item already has, left out; ids prefixed with the feed's position so two
/// feeds' `"1"` stay two items; each item keeps its feed's language. The
/// merged feed has no title or home page of its own.
pub fn merge(parts: &[Part], several: bool, options: &Options) -> Feed {
    let keep = |item: &Item| options.keeps(&item.tags);
    if let (false, [one]) = (several, parts) {
        // Field by field: `..one.feed.clone()` would copy every item first.
        let feed = one.feed;
        return Feed {
            format: feed.format,
            title: feed.title.clone(),
            home_page_url: feed.home_page_url.clone(),
            language: feed.language.clone(),
            expired: feed.expired,
            authors: feed.authors.clone(),
            items: feed.items.iter().filter(|i| keep(i)).cloned().collect(),
            skipped: feed.skipped.clone(),
        };
    }
    // Each feed is newest first already (see `feed::Reader`): taking
    // the newest head each time merges them without a sort (a sort
    // would cost the wasm 3 KB). Ties go to the earlier feed.
    let mut next = vec![0; parts.len()];
    let mut items: Vec<Item> = Vec::new();
    let mut links: HashSet<String> = HashSet::new();
    let date = |item: &Item| item.published.or(item.modified).map(|t| t.unix_ms);
    loop {
        let mut best: Option<(usize, &Item)> = None;
        for (index, part) in parts.iter().enumerate() {
            let items = &part.feed.items;
            while items.get(next[index]).is_some_and(|i| !keep(i)) {
                next[index] += 1;
            }
            if let Some(item) = items.get(next[index])
                && best.is_none_or(|(_, b)| date(item) > date(b))
            {
                best = Some((index, item));
            }
        }
        let Some((index, item)) = best else { break };
        next[index] += 1;
        let part = &parts[index];
        let item = absolute(item, part, &part.position.to_string());
        if let Some(url) = &item.url
            && !links.insert(url.clone())
        {
            continue;
        }
        items.push(item);
    }
    let first = parts.first().map(|p| p.feed);
    let language = first
        .and_then(|f| f.language.clone())
        .filter(|lang| parts.iter().all(|p| p.feed.language.as_ref() == Some(lang)));
    Feed {
        format: first.map(|f| f.format).unwrap_or_default(),
        language,
        items,
        ..Feed::default()
    }
}

/// A copy of `item` from `part` that stands on its own in a merged list.
fn absolute(item: &Item, part: &Part, position: &str) -> Item {
    let resolve = |raw: &str| uri::resolve(part.base, raw);
    let mut item = item.clone();
    item.id = [position, "\u{1f}", &item.id].concat();
    item.url = item.url.as_deref().map(resolve);
    if let Some(image) = &mut item.image {
        image.url = resolve(&image.url);
    }
    for attachment in &mut item.attachments {
        attachment.url = resolve(&attachment.url);
    }
    if item.language.is_none() {
        item.language = part.feed.language.clone();
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{Image, Timestamp};

    fn item(id: &str, url: Option<&str>, day: Option<i64>, tags: &[&str]) -> Item {
        Item {
            id: id.into(),
            url: url.map(Into::into),
            title: Some(["title ", id].concat()),
            published: day.map(|d| Timestamp {
                unix_ms: d * 86_400_000,
            }),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..Item::default()
        }
    }

    fn feed(items: Vec<Item>) -> Feed {
        Feed {
            title: Some("T".into()),
            items,
            ..Feed::default()
        }
    }

    fn ids(feed: &Feed) -> Vec<&str> {
        feed.items.iter().map(|i| i.id.as_str()).collect()
    }

    fn with(pairs: &[(&str, &str)]) -> Options {
        Options::from_pairs(pairs)
    }

    #[test]
    fn one_feed_is_kept_as_it_is() {
        let a = feed(vec![item("1", Some("/a"), Some(2), &[])]);
        let merged = merge(
            &[Part {
                feed: &a,
                base: "https://a.example/feed.json",
                position: 0,
            }],
            false,
            &Options::default(),
        );
        assert_eq!(merged, a);
    }

    #[test]
    fn newest_first_across_feeds() {
        let a = feed(vec![
            item("1", Some("/a1"), Some(5), &[]),
            item("2", Some("/a2"), Some(1), &[]),
        ]);
        let b = feed(vec![
            item("1", Some("b1"), Some(3), &[]),
            item("9", None, None, &[]),
        ]);
        let merged = merge(
            &[
                Part {
                    feed: &a,
                    base: "https://a.example/news/feed.json",
                    position: 0,
                },
                Part {
                    feed: &b,
                    base: "https://b.example/x/rss.xml",
                    position: 1,
                },
            ],
            true,
            &Options::default(),
        );
        assert_eq!(
            ids(&merged),
            ["0\u{1f}1", "1\u{1f}1", "0\u{1f}2", "1\u{1f}9"]
        );
        assert_eq!(merged.title, None);
        assert_eq!(
            merged.items[1].url.as_deref(),
            Some("https://b.example/x/b1")
        );
        assert_eq!(merged.items[0].url.as_deref(), Some("https://a.example/a1"));
    }

    #[test]
    fn same_link_once_newest_kept() {
        let a = feed(vec![item("x", Some("https://c.example/p"), Some(1), &[])]);
        let b = feed(vec![item("y", Some("https://c.example/p"), Some(2), &[])]);
        let parts = [
            Part {
                feed: &a,
                base: "https://a.example/",
                position: 0,
            },
            Part {
                feed: &b,
                base: "https://b.example/",
                position: 1,
            },
        ];
        assert_eq!(ids(&merge(&parts, true, &Options::default())), ["1\u{1f}y"]);
    }

    #[test]
    fn pictures_and_language_travel_with_the_item() {
        let mut a = feed(vec![Item {
            image: Some(Image {
                url: "i.jpg".into(),
                alt: None,
            }),
            ..item("1", None, Some(1), &[])
        }]);
        a.language = Some("ru".into());
        let b = feed(vec![item("2", None, Some(2), &[])]);
        let merged = merge(
            &[
                Part {
                    feed: &a,
                    base: "https://a.example/f/",
                    position: 0,
                },
                Part {
                    feed: &b,
                    base: "https://b.example/",
                    position: 1,
                },
            ],
            true,
            &Options::default(),
        );
        let first = &merged.items[1];
        assert_eq!(
            first.image.as_ref().unwrap().url,
            "https://a.example/f/i.jpg"
        );
        assert_eq!(first.language.as_deref(), Some("ru"));
        assert_eq!(merged.language, None);
    }

    #[test]
    fn filters_apply_to_one_feed_and_many() {
        let a = feed(vec![
            item("1", None, Some(3), &["Cardiology"]),
            item("2", None, Some(2), &["Events", "ads"]),
            item("3", None, Some(1), &[]),
        ]);
        let one = [Part {
            feed: &a,
            base: "https://a.example/",
            position: 0,
        }];
        let only = with(&[("tags", "cardiology, events")]);
        assert_eq!(ids(&merge(&one, false, &only)), ["1", "2"]);
        let not_ads = with(&[("exclude-tags", "ADS")]);
        assert_eq!(ids(&merge(&one, false, &not_ads)), ["1", "3"]);
        let two = [
            Part {
                feed: &a,
                base: "https://a.example/",
                position: 0,
            },
            Part {
                feed: &a,
                base: "https://b.example/",
                position: 1,
            },
        ];
        assert_eq!(merge(&two, true, &only).items.len(), 4);
    }
}
