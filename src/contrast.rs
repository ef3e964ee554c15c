//! The contrast guard's arithmetic: colours as the browser computes them
//! (`rgb(…)`, `rgba(…)`, `color(srgb …)`), alpha blending, and the WCAG 2
//! contrast ratio. Pure and float-light by design: no float parsing or
//! printing from std (each brings kilobytes into the wasm), and no `powf`.

/// A colour in sRGB, channels and alpha in 0..=1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgba {
    /// Red.
    pub r: f64,
    /// Green.
    pub g: f64,
    /// Blue.
    pub b: f64,
    /// Opacity.
    pub a: f64,
}

/// What text must reach against its background (WCAG 1.4.3, level AA).
pub const MIN_TEXT_RATIO: f64 = 4.5;

/// What the focus ring (the accent) must reach against the background
/// (WCAG 1.4.11 and 2.4.13).
pub const MIN_FOCUS_RATIO: f64 = 3.0;

/// White, what a page shows where nothing paints a background.
pub const WHITE: Rgba = Rgba {
    r: 1.0,
    g: 1.0,
    b: 1.0,
    a: 1.0,
};

impl Rgba {
    /// Reads a computed colour: `rgb(11, 87, 164)`, `rgba(0, 0, 0, 0.5)`,
    /// `rgb(11 87 164 / 50%)` or `color(srgb 0.04 0.34 0.64 / 0.5)`.
    /// Anything else (another colour space, a keyword) is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (body, scale) = if let Some(rest) = text.strip_prefix("color(srgb ") {
            (rest, 1.0)
        } else {
            let rest = text
                .strip_prefix("rgba(")
                .or_else(|| text.strip_prefix("rgb("))?;
            (rest, 255.0)
        };
        let body = body.strip_suffix(')')?;
        let mut numbers = body
            .split(|c: char| c == ',' || c == '/' || c.is_whitespace())
            .filter(|part| !part.is_empty());
        let mut channel = || -> Option<f64> {
            let part = numbers.next()?;
            Some(match part.strip_suffix('%') {
                Some(percent) => decimal(percent)? / 100.0,
                None => decimal(part)? / scale,
            })
        };
        let (r, g, b) = (channel()?, channel()?, channel()?);
        let a = match numbers.next() {
            None => 1.0,
            Some(part) => match part.strip_suffix('%') {
                Some(percent) => decimal(percent)? / 100.0,
                None => decimal(part)?,
            },
        };
        let unit = |x: f64| x.clamp(0.0, 1.0);
        Some(Self {
            r: unit(r),
            g: unit(g),
            b: unit(b),
            a: unit(a),
        })
    }

    /// This colour painted over `below` (which is taken as opaque).
    pub fn over(self, below: Self) -> Self {
        let mix = |top: f64, bottom: f64| top * self.a + bottom * (1.0 - self.a);
        Self {
            r: mix(self.r, below.r),
            g: mix(self.g, below.g),
            b: mix(self.b, below.b),
            a: 1.0,
        }
    }

    /// Relative luminance (WCAG 2).
    pub fn luminance(self) -> f64 {
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }
}

/// The contrast ratio of two opaque colours, 1 to 21.
pub fn ratio(one: Rgba, other: Rgba) -> f64 {
    let (a, b) = (one.luminance(), other.luminance());
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}

/// A ratio as people write it, rounded down to one decimal ("4.4:1"), so
/// a colour just short of 4.5 is never reported as "4.5".
pub fn ratio_text(ratio: f64) -> String {
    let tenths = (ratio * 10.0) as u32;
    [
        (tenths / 10).to_string(),
        ".".into(),
        (tenths % 10).to_string(),
        ":1".into(),
    ]
    .concat()
}

/// An sRGB channel made linear: `((c + 0.055) / 1.055) ^ 2.4`, where
/// x^2.4 = x² · (x^⅕)², the fifth root by Newton's method (x is in
/// 0.04..=1 there, where twelve steps from 1 are exact to 1e-12).
fn linear(c: f64) -> f64 {
    if c <= 0.04045 {
        return c / 12.92;
    }
    let x = (c + 0.055) / 1.055;
    let mut root = 1.0;
    for _ in 0..12 {
        let fourth = root * root * root * root;
        root = (4.0 * root + x / fourth) / 5.0;
    }
    x * x * root * root
}

/// A plain decimal ("164", "0.5", ".25", "-0"); exponents are not written
/// by browsers for colour channels and are refused.
fn decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut value = 0.0;
    for c in whole.chars() {
        value = value * 10.0 + f64::from(c.to_digit(10)?);
    }
    let mut place = 0.1;
    for c in fraction.chars() {
        value += f64::from(c.to_digit(10)?) * place;
        place /= 10.0;
    }
    Some(if negative { -value } else { value })
}

/// A colour a site can theme that the guard checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// `--news-widget-text`.
    Text,
    /// `--news-widget-muted` (dates, authors).
    Muted,
    /// `--news-widget-background`.
    Background,
    /// `--news-widget-surface` (tags, the settings toggle).
    Surface,
    /// `--news-widget-link`.
    Link,
    /// `--news-widget-accent` (filled buttons, under their text).
    Accent,
}

impl Role {
    /// Every role, in the order [`Palette`] lists them.
    pub const ALL: [Role; 6] = [
        Role::Text,
        Role::Muted,
        Role::Background,
        Role::Surface,
        Role::Link,
        Role::Accent,
    ];

    /// The word after `--news-widget-` and in the widget's `data-own`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Muted => "muted",
            Self::Background => "background",
            Self::Surface => "surface",
            Self::Link => "link",
            Self::Accent => "accent",
        }
    }
}

/// The colours of one widget, per [`Role::ALL`]: the site's where it set
/// one, and the widget's own.
#[derive(Clone, Debug)]
pub struct Palette {
    /// The site's colours (`None`: not set, or not readable).
    pub site: [Option<Rgba>; 6],
    /// The widget's own colours.
    pub own: [Rgba; 6],
    /// The text on filled buttons (the widget's, on the accent).
    pub button_text: Rgba,
    /// What shows through a transparent background: the page behind.
    pub backdrop: Rgba,
}

/// A site colour the widget does not use, and the ratio it would give.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Finding {
    /// Which one.
    pub role: Role,
    /// Its contrast in the pair that failed.
    pub ratio: f64,
}

/// The site colours to leave out so that every text pair (text, muted
/// text and links on the background, text on the surface, button text on
/// the accent) reaches [`MIN_TEXT_RATIO`], and the focus ring (the accent)
/// [`MIN_FOCUS_RATIO`] on the background. In a failing pair the site's
/// foreground goes first, then the site's background; the pairs are
/// weighed again after each, since a background affects them all.
pub fn guard(palette: &Palette) -> Vec<Finding> {
    use Role::*;
    let mut own_only = [false; 6];
    let mut findings = Vec::new();
    let is_site = |role: Role, own_only: &[bool; 6]| {
        palette.site[role as usize].is_some() && !own_only[role as usize]
    };
    // Each round leaves one more colour out: at most six.
    for _ in 0..Role::ALL.len() {
        let pick = |role: Role| match is_site(role, &own_only) {
            true => palette.site[role as usize].unwrap_or(palette.own[role as usize]),
            false => palette.own[role as usize],
        };
        let background = pick(Background).over(palette.backdrop);
        let surface = pick(Surface).over(background);
        let accent = pick(Accent).over(background);
        let text = MIN_TEXT_RATIO;
        let pairs = [
            (
                Text,
                pick(Text).over(background),
                Background,
                background,
                text,
            ),
            (
                Muted,
                pick(Muted).over(background),
                Background,
                background,
                text,
            ),
            (
                Link,
                pick(Link).over(background),
                Background,
                background,
                text,
            ),
            (Text, pick(Text).over(surface), Surface, surface, text),
            (
                Accent,
                palette.button_text.over(accent),
                Accent,
                accent,
                text,
            ),
            // Only the accent answers for its ring: the widget's own
            // accent on a dark site keeps its light halo (widget.css).
            (Accent, accent, Accent, background, MIN_FOCUS_RATIO),
        ];
        let failing = pairs.iter().find_map(|&(front, fg, back, bg, minimum)| {
            let r = ratio(fg, bg);
            let blame = [front, back]
                .into_iter()
                .find(|&role| is_site(role, &own_only));
            (r < minimum)
                .then_some(blame)
                .flatten()
                .map(|role| Finding { role, ratio: r })
        });
        match failing {
            Some(finding) => {
                own_only[finding.role as usize] = true;
                findings.push(finding);
            }
            None => break,
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(text: &str) -> Rgba {
        Rgba::parse(text).unwrap()
    }

    #[test]
    fn linear_matches_powf() {
        for i in 0..=255 {
            let c = f64::from(i) / 255.0;
            let exact = if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            assert!((linear(c) - exact).abs() < 1e-9, "{i}");
        }
    }

    #[test]
    fn known_ratios() {
        assert!((ratio(rgb("rgb(0, 0, 0)"), WHITE) - 21.0).abs() < 1e-9);
        assert!((ratio(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // The widget's own link colour, as tokens.css says.
        let link = ratio(rgb("rgb(11, 87, 164)"), WHITE);
        assert!((7.1..7.3).contains(&link), "{link}");
        // #777 on white is the classic 4.48:1 that fails AA.
        let grey = ratio(rgb("rgb(119, 119, 119)"), WHITE);
        assert!(grey < MIN_TEXT_RATIO && grey > 4.4, "{grey}");
    }

    #[test]
    fn parses_what_browsers_write() {
        assert_eq!(rgb("rgba(0, 0, 0, 0)").a, 0.0);
        assert_eq!(rgb("rgb(255 0 0 / 50%)").a, 0.5);
        let srgb = rgb("color(srgb 1 0.5 0 / 0.25)");
        assert_eq!((srgb.r, srgb.g, srgb.b, srgb.a), (1.0, 0.5, 0.0, 0.25));
        assert_eq!(rgb("rgb(0, 0, 255)").b, 1.0);
        assert!(Rgba::parse("oklch(0.5 0.1 200)").is_none());
        assert!(Rgba::parse("rgb(1, 2)").is_none());
        assert!(Rgba::parse("rgb(a, b, c)").is_none());
        assert_eq!(decimal(".25"), Some(0.25));
        assert_eq!(decimal("1e5"), None);
    }

    #[test]
    fn blending() {
        let half_black = rgb("rgba(0, 0, 0, 0.5)");
        let grey = half_black.over(WHITE);
        assert!((grey.r - 0.5).abs() < 1e-9 && grey.a == 1.0);
        assert_eq!(rgb("rgba(10, 20, 30, 0)").over(WHITE), WHITE);
    }

    fn palette(site: [Option<&str>; 6]) -> Palette {
        let own = [
            "rgb(27, 31, 36)",
            "rgb(74, 82, 96)",
            "rgb(255, 255, 255)",
            "rgb(245, 247, 250)",
            "rgb(11, 87, 164)",
            "rgb(11, 87, 164)",
        ];
        Palette {
            site: site.map(|c| c.map(rgb)),
            own: own.map(rgb),
            button_text: WHITE,
            backdrop: WHITE,
        }
    }

    #[test]
    fn own_colours_pass() {
        assert_eq!(guard(&palette([None; 6])), []);
    }

    #[test]
    fn readable_site_colours_pass() {
        let green = Some("rgb(0, 100, 0)");
        assert_eq!(guard(&palette([None, None, None, None, green, green])), []);
    }

    #[test]
    fn pale_link_is_left_out() {
        let found = guard(&palette([
            None,
            None,
            None,
            None,
            Some("rgb(120, 200, 255)"),
            None,
        ]));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].role, Role::Link);
        assert!(found[0].ratio < 2.5);
    }

    #[test]
    fn pale_accent_fails_under_white_button_text() {
        let found = guard(&palette([
            None,
            None,
            None,
            None,
            None,
            Some("rgb(255, 200, 0)"),
        ]));
        assert_eq!(
            found.iter().map(|f| f.role).collect::<Vec<_>>(),
            [Role::Accent]
        );
    }

    #[test]
    fn dark_background_with_own_text_is_left_out() {
        let found = guard(&palette([
            None,
            None,
            Some("rgb(20, 20, 20)"),
            None,
            None,
            None,
        ]));
        assert_eq!(found[0].role, Role::Background);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_full_dark_theme_passes() {
        let found = guard(&palette([
            Some("rgb(240, 240, 240)"),
            Some("rgb(190, 190, 190)"),
            Some("rgb(20, 20, 20)"),
            Some("rgb(40, 40, 40)"),
            Some("rgb(140, 200, 255)"),
            Some("rgb(140, 200, 255)"),
        ]));
        // Only the accent fails: white button text on light blue.
        assert_eq!(
            found.iter().map(|f| f.role).collect::<Vec<_>>(),
            [Role::Accent]
        );
    }

    #[test]
    fn an_accent_lost_on_a_dark_background_is_left_out() {
        // White button text passes on it (7:1), the focus ring would not
        // show on the site's near-black background (2.6:1).
        let found = guard(&palette([
            Some("rgb(240, 240, 240)"),
            Some("rgb(200, 200, 200)"),
            Some("rgb(17, 17, 17)"),
            Some("rgb(40, 40, 40)"),
            Some("rgb(140, 200, 255)"),
            Some("rgb(11, 87, 164)"),
        ]));
        assert_eq!(
            found.iter().map(|f| f.role).collect::<Vec<_>>(),
            [Role::Accent]
        );
        assert!(found[0].ratio < MIN_FOCUS_RATIO);
    }

    #[test]
    fn transparent_background_is_judged_on_the_page_behind() {
        let mut p = palette([None, None, Some("rgba(0, 0, 0, 0)"), None, None, None]);
        assert_eq!(guard(&p), []);
        p.backdrop = rgb("rgb(0, 0, 0)");
        assert_eq!(guard(&p)[0].role, Role::Background);
    }

    #[test]
    fn ratio_text_rounds_down() {
        assert_eq!(ratio_text(4.4999), "4.4:1");
        assert_eq!(ratio_text(21.0), "21.0:1");
        assert_eq!(ratio_text(1.95), "1.9:1");
    }
}
