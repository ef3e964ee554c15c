//! The guides and the loader agree with the widget: every option in the
//! README's options table is in the Russian guide for site admins, the
//! loader watches them, and it names the version Cargo.toml gives.

const README: &str = include_str!("../README.md");
const README_RU: &str = include_str!("../README.ru.md");

/// The option names in the first column of a guide's options table (the
/// table after `heading`, up to the next heading).
fn options(guide: &str, heading: &str) -> Vec<String> {
    let start = guide
        .find(heading)
        .expect("the guide has its options section");
    let section = &guide[start + heading.len()..];
    let section = &section[..section.find("\n#").unwrap_or(section.len())];
    section
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`'))
        .map(|(name, _)| name.to_owned())
        .collect()
}

#[test]
fn the_russian_guide_describes_every_option() {
    let english = options(README, "### Options");
    let russian = options(README_RU, "## Параметры");
    assert!(english.len() >= 19, "{english:?}");
    let missing: Vec<&String> = english.iter().filter(|o| !russian.contains(o)).collect();
    assert!(missing.is_empty(), "README.ru.md lacks {missing:?}");
    let extra: Vec<&String> = russian.iter().filter(|o| !english.contains(o)).collect();
    assert!(
        extra.is_empty(),
        "README.ru.md has options README.md lacks: {extra:?}"
    );
}

#[test]
fn the_readme_links_the_russian_guide_at_the_top() {
    let top: String = README.lines().take(5).collect();
    assert!(top.contains("(README.ru.md)"));
}

#[test]
fn the_loader_knows_every_option_it_must_watch() {
    // Changing one of these on a host re-mounts its widget (the custom
    // element's observedAttributes).
    let loader = include_str!("../public/news-widget.js");
    let line = loader
        .lines()
        .find(|l| l.trim_start().starts_with("var ATTRS = ["))
        .expect("news-widget.js lists ATTRS");
    let watched: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
    for option in options(README, "### Options") {
        let fixed_at_start = ["height", "loading", "text-<key>", "preview-prefs"];
        if !fixed_at_start.contains(&option.as_str()) {
            assert!(watched.contains(&option.as_str()), "ATTRS lacks {option}");
        }
    }
}

#[test]
fn the_loader_names_the_crate_version() {
    let loader = include_str!("../public/news-widget.js");
    let expected = ["var VERSION = '", env!("CARGO_PKG_VERSION"), "';"].concat();
    assert!(
        loader.contains(&expected),
        "news-widget.js lacks {expected}"
    );
    let changelog = include_str!("../CHANGELOG.md");
    let entry = ["## ", env!("CARGO_PKG_VERSION")].concat();
    assert!(changelog.contains(&entry), "CHANGELOG.md lacks {entry}");
}
