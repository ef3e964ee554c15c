//! The reader's visually-impaired settings: font size, colour scheme,
//! images, spacing, font. Clamping and stepping, the compact text form kept
//! in `localStorage`, and the mapping from the bvi plugin's attributes.
//!
//! Pure: the shell stores, shares and applies these; nothing here touches
//! the DOM.

/// Smallest font scale, in percent of the reader's default size.
pub const SCALE_MIN: u16 = 100;
/// Largest font scale, in percent.
pub const SCALE_MAX: u16 = 300;
/// One A−/A+ step, in percent.
pub const SCALE_STEP: u16 = 25;

/// Everything the reader can set in the panel. `Default` is the site's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    /// Font size in percent, [`SCALE_MIN`]..=[`SCALE_MAX`].
    pub scale: u16,
    /// Colour scheme.
    pub scheme: Scheme,
    /// How pictures are shown.
    pub images: Images,
    /// Extra space between letters (and words).
    pub letter_spacing: Spacing,
    /// Extra space between lines (and paragraphs).
    pub line_spacing: Spacing,
    /// Typeface family.
    pub font: Font,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            scale: SCALE_MIN,
            scheme: Scheme::Default,
            images: Images::Show,
            letter_spacing: Spacing::Normal,
            line_spacing: Spacing::Normal,
            font: Font::Default,
        }
    }
}

/// A closed set of choices that appears in the DOM as an attribute value
/// (`data-scheme="black"`) and in the stored text form.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the order the panel lists them.
    const ALL: &'static [Self];
    /// The attribute / storage keyword.
    fn as_attr(self) -> &'static str;
    /// The value for a keyword, if any.
    fn from_attr(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.as_attr() == text)
    }
}

macro_rules! choice {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $attr:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($(#[$vdoc])* $variant),+ }
        impl Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn as_attr(self) -> &'static str {
                match self { $(Self::$variant => $attr),+ }
            }
        }
    };
}

choice!(
    /// Colour schemes: the site's look plus the five of Russian
    /// visually-impaired site versions (named as the bvi plugin names them).
    Scheme {
        /// The widget's own colours (light or dark after the reader's system).
        Default => "default",
        /// Black on white.
        White => "white",
        /// White on black.
        Black => "black",
        /// Dark blue on light blue (#063462 on #9DD1FF).
        Blue => "blue",
        /// Brown on beige (#4D4B43 on #F7F3D6).
        Brown => "brown",
        /// Green on dark brown (#A9E44D on #3B2716).
        Green => "green",
    }
);

choice!(
    /// How item pictures are shown.
    Images {
        /// In colour.
        Show => "show",
        /// In shades of grey.
        Grayscale => "grayscale",
        /// Not at all, leaving no gap.
        Hide => "hide",
    }
);

choice!(
    /// Three steps of extra spacing; `Large` meets WCAG 1.4.12.
    Spacing {
        /// As designed.
        Normal => "normal",
        /// Half-way.
        Medium => "medium",
        /// At least letter 0.12em, word 0.16em, line 1.5, paragraph 2em.
        Large => "large",
    }
);

choice!(
    /// Typeface family.
    Font {
        /// The host page's font.
        Default => "default",
        /// A sans-serif face.
        Sans => "sans",
        /// A serif face.
        Serif => "serif",
    }
);

impl Prefs {
    /// The settings a reader starts with when nothing is stored: a
    /// high-contrast scheme if their system asks for more contrast.
    pub fn initial(prefers_more_contrast: bool) -> Self {
        Self {
            scheme: if prefers_more_contrast {
                Scheme::White
            } else {
                Scheme::Default
            },
            ..Self::default()
        }
    }

    /// One A+ (`+1`) or A− (`-1`) step, clamped.
    pub fn step_scale(self, direction: i8) -> Self {
        let delta = i32::from(SCALE_STEP) * i32::from(direction.signum());
        Self {
            scale: clamp_scale(i32::from(self.scale) + delta),
            ..self
        }
    }

    /// The scale as a CSS number (`1.5` for 150%), written without floating
    /// point: float formatting alone would add kilobytes to the wasm.
    pub fn scale_css(self) -> String {
        let (whole, hundredths) = (self.scale / 100, self.scale % 100);
        match hundredths {
            0 => whole.to_string(),
            h if h % 10 == 0 => format!("{whole}.{}", h / 10),
            h => format!("{whole}.{h:02}"),
        }
    }

    /// The text form kept in `localStorage`: `scale=150;scheme=black;…`.
    pub fn to_storage(self) -> String {
        let mut out = ["v=1;scale=", &self.scale.to_string()].concat();
        for (name, value) in self.keywords() {
            out.extend([";", name, "=", value]);
        }
        out
    }

    /// Every setting but the scale as (name, keyword): the names are the
    /// stored record's keys, the panel's radio groups (named alike in
    /// `web/settings.rs`) and, with `data-`, the widget root's attributes.
    pub fn keywords(self) -> [(&'static str, &'static str); 5] {
        [
            ("scheme", self.scheme.as_attr()),
            ("images", self.images.as_attr()),
            ("letter", self.letter_spacing.as_attr()),
            ("line", self.line_spacing.as_attr()),
            ("font", self.font.as_attr()),
        ]
    }

    /// Reads [`Prefs::to_storage`] text. Unknown keys and bad values keep
    /// the defaults: a damaged record never locks a reader out.
    pub fn from_storage(text: &str) -> Self {
        let mut prefs = Self::default();
        for (key, value) in text.split(';').filter_map(|pair| pair.split_once('=')) {
            let value = value.trim();
            match key.trim() {
                "scale" => prefs.scale = value.parse().map(clamp_scale).unwrap_or(prefs.scale),
                "scheme" => prefs.scheme = Choice::from_attr(value).unwrap_or(prefs.scheme),
                "images" => prefs.images = Choice::from_attr(value).unwrap_or(prefs.images),
                "letter" => {
                    prefs.letter_spacing = Choice::from_attr(value).unwrap_or(prefs.letter_spacing)
                }
                "line" => {
                    prefs.line_spacing = Choice::from_attr(value).unwrap_or(prefs.line_spacing)
                }
                "font" => prefs.font = Choice::from_attr(value).unwrap_or(prefs.font),
                _ => {}
            }
        }
        prefs
    }

    /// Applies what a host page asks for through the widget's attributes
    /// (`font-scale`: `150`, `150%` or `1.5`; `contrast`: a scheme keyword
    /// or `more`/`high` for black on white). Unreadable values change nothing.
    pub fn with_host_request(self, font_scale: Option<&str>, contrast: Option<&str>) -> Self {
        let mut prefs = self;
        if let Some(scale) = font_scale.and_then(parse_scale) {
            prefs.scale = scale;
        }
        match contrast
            .map(str::trim)
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("more" | "high") => prefs.scheme = Scheme::White,
            Some(other) => prefs.scheme = Scheme::from_attr(other).unwrap_or(prefs.scheme),
            None => {}
        }
        prefs
    }

    /// The settings an active bvi plugin shows, from the `data-bvi-*`
    /// attributes of its `.bvi-body` element (`theme`, `fontsize` in px with
    /// 16 as 100%, `images`, `letterspacing`, `lineheight`, `fontfamily`).
    pub fn from_bvi(get: impl Fn(&str) -> Option<String>) -> Self {
        let spacing = |value: Option<String>| match value.as_deref() {
            Some("average") => Spacing::Medium,
            Some("big") => Spacing::Large,
            _ => Spacing::Normal,
        };
        Self {
            scale: get("fontsize")
                .and_then(|px| hundredths(px.trim().trim_end_matches("px")))
                .map(|px100| clamp_scale(round_to_step(px100 / 16)))
                .unwrap_or(SCALE_MIN),
            scheme: get("theme")
                .and_then(|t| Scheme::from_attr(&t))
                .unwrap_or(Scheme::White),
            images: match get("images").as_deref() {
                Some("false") => Images::Hide,
                Some("grayscale") => Images::Grayscale,
                _ => Images::Show,
            },
            letter_spacing: spacing(get("letterspacing")),
            line_spacing: spacing(get("lineheight")),
            font: match get("fontfamily").as_deref() {
                Some("times") => Font::Serif,
                Some("arial") => Font::Sans,
                _ => Font::Default,
            },
        }
    }
}

fn clamp_scale(percent: i32) -> u16 {
    percent.clamp(i32::from(SCALE_MIN), i32::from(SCALE_MAX)) as u16
}

fn round_to_step(percent: i32) -> i32 {
    let step = i32::from(SCALE_STEP);
    (percent + step / 2).div_euclid(step) * step
}

/// A non-negative decimal ("1.5", "150", "23.75") times 100, without
/// floating point (which would cost kilobytes of wasm).
fn hundredths(text: &str) -> Option<i32> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if (whole.is_empty() && fraction.is_empty()) || whole.len() > 6 {
        return None;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole: i32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut fraction_digits = fraction.bytes().chain(std::iter::repeat(b'0')).take(2);
    let tens = i32::from(fraction_digits.next()? - b'0');
    let ones = i32::from(fraction_digits.next()? - b'0');
    Some(whole * 100 + tens * 10 + ones)
}

/// `150%` → 150, `1.5` → 150 (a factor), `150` → 150.
fn parse_scale(text: &str) -> Option<u16> {
    let text = text.trim();
    let percent = match text.strip_suffix('%') {
        Some(p) => hundredths(p.trim())? / 100,
        None => {
            let n = hundredths(text)?;
            if n <= 1000 { n } else { n / 100 }
        }
    };
    Some(clamp_scale(percent))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bvi(pairs: &[(&str, &str)]) -> Prefs {
        Prefs::from_bvi(|k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn step_up() {
        assert_eq!(Prefs::default().step_scale(1).scale, 125);
    }
    #[test]
    fn step_down_clamps() {
        assert_eq!(Prefs::default().step_scale(-1).scale, 100);
    }
    #[test]
    fn step_up_clamps() {
        assert_eq!(
            Prefs {
                scale: 300,
                ..Prefs::default()
            }
            .step_scale(1)
            .scale,
            300
        );
    }
    #[test]
    fn css_whole() {
        assert_eq!(
            Prefs {
                scale: 200,
                ..Prefs::default()
            }
            .scale_css(),
            "2"
        );
    }
    #[test]
    fn css_tenths() {
        assert_eq!(
            Prefs {
                scale: 150,
                ..Prefs::default()
            }
            .scale_css(),
            "1.5"
        );
    }
    #[test]
    fn css_hundredths() {
        assert_eq!(
            Prefs {
                scale: 125,
                ..Prefs::default()
            }
            .scale_css(),
            "1.25"
        );
    }
    #[test]
    fn css_small_hundredths() {
        assert_eq!(
            Prefs {
                scale: 105,
                ..Prefs::default()
            }
            .scale_css(),
            "1.05"
        );
    }
    #[test]
    fn decimal_parsing() {
        let got = ["1.5", "150", ".25", "1.234", "x", "-1", "", "."].map(hundredths);
        assert_eq!(
            got,
            [
                Some(150),
                Some(15000),
                Some(25),
                Some(123),
                None,
                None,
                None,
                None
            ]
        );
    }
    #[test]
    fn host_scale_fraction_factor() {
        assert_eq!(
            Prefs::default().with_host_request(Some("1.75"), None).scale,
            175
        );
    }
    #[test]
    fn more_contrast_starts_black_on_white() {
        assert_eq!(Prefs::initial(true).scheme, Scheme::White);
    }
    #[test]
    fn storage_round_trip() {
        let prefs = Prefs {
            scale: 175,
            scheme: Scheme::Green,
            images: Images::Grayscale,
            letter_spacing: Spacing::Large,
            line_spacing: Spacing::Medium,
            font: Font::Serif,
        };
        assert_eq!(Prefs::from_storage(&prefs.to_storage()), prefs);
    }
    #[test]
    fn storage_garbage_is_default() {
        assert_eq!(Prefs::from_storage("}{ not prefs"), Prefs::default());
    }
    #[test]
    fn storage_bad_value_keeps_others() {
        assert_eq!(
            Prefs::from_storage("scale=abc;scheme=black").scheme,
            Scheme::Black
        );
    }
    #[test]
    fn storage_scale_clamped() {
        assert_eq!(Prefs::from_storage("scale=900").scale, 300);
    }
    #[test]
    fn host_scale_percent() {
        assert_eq!(
            Prefs::default().with_host_request(Some("150%"), None).scale,
            150
        );
    }
    #[test]
    fn host_scale_factor() {
        assert_eq!(
            Prefs::default().with_host_request(Some("2"), None).scale,
            200
        );
    }
    #[test]
    fn host_scale_number() {
        assert_eq!(
            Prefs::default().with_host_request(Some("175"), None).scale,
            175
        );
    }
    #[test]
    fn host_scale_junk() {
        assert_eq!(
            Prefs::default().with_host_request(Some("big"), None).scale,
            100
        );
    }
    #[test]
    fn host_contrast_more() {
        assert_eq!(
            Prefs::default()
                .with_host_request(None, Some("more"))
                .scheme,
            Scheme::White
        );
    }
    #[test]
    fn host_contrast_scheme() {
        assert_eq!(
            Prefs::default()
                .with_host_request(None, Some("Blue"))
                .scheme,
            Scheme::Blue
        );
    }
    #[test]
    fn bvi_black_large() {
        assert_eq!(
            bvi(&[("theme", "black"), ("fontsize", "32")]).scheme,
            Scheme::Black
        );
    }
    #[test]
    fn bvi_font_size_px() {
        assert_eq!(bvi(&[("fontsize", "32")]).scale, 200);
    }
    #[test]
    fn bvi_font_size_rounds_to_step() {
        assert_eq!(bvi(&[("fontsize", "23")]).scale, 150);
    }
    #[test]
    fn bvi_huge_font_size_clamps() {
        assert_eq!(bvi(&[("fontsize", "999999")]).scale, 300);
    }
    #[test]
    fn bvi_images_off() {
        assert_eq!(bvi(&[("images", "false")]).images, Images::Hide);
    }
    #[test]
    fn bvi_spacing() {
        assert_eq!(
            bvi(&[("letterspacing", "big"), ("lineheight", "average")]).line_spacing,
            Spacing::Medium
        );
    }
    #[test]
    fn bvi_font() {
        assert_eq!(bvi(&[("fontfamily", "times")]).font, Font::Serif);
    }
    #[test]
    fn choice_round_trip() {
        assert!(
            Scheme::ALL
                .iter()
                .all(|s| Scheme::from_attr(s.as_attr()) == Some(*s))
        );
    }
}
