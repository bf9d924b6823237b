//! The string catalogue: every interface text in English and Chinese side by side, by area, and the `Lang` that picks between them.
//!
//! Each area module declares its texts with [`catalogue!`]: a plain text is a
//! [`Phrase`] constant (`filters::HEADING.get(lang)`), a text with arguments
//! is a function whose two templates name the same arguments
//! (`timeline::shown(lang, n, total)`). A text that exists in one language only
//! does not compile, and the tests below check every entry: neither side is
//! blank, the Chinese side is Chinese, and both templates use the same
//! arguments. Nothing outside this module matches on the language
//! (`tests/architecture.rs` checks).
//!
//! The catalogue is a leaf: it names no other module of the crate. Domain
//! types map themselves onto its entries (`Category::label`,
//! `Problem::message`), so that errors carry data and the catalogue words them.

use std::fmt;
use std::str::FromStr;

/// Declares an area's texts, in any order: `NAME = "English", "中文";` for a
/// [`Phrase`], and `fn name(arg: Type, …) = "English {arg}", "中文{arg}";` for a
/// message with arguments (a function taking the language first). Also
/// declares `ENTRIES`, every entry's name and both templates, for the tests.
macro_rules! catalogue {
    (@entries [$($e:expr,)*]) => {
        /// Every entry of this area: its name, and its English and Chinese text or template.
        #[allow(dead_code)]
        pub const ENTRIES: &[(&str, &str, &str)] = &[$($e,)*];
    };
    (@entries [$($e:expr,)*]
        $(#[$m:meta])* fn $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) = $en:literal, $zh:literal;
        $($rest:tt)*
    ) => {
        $(#[$m])*
        #[allow(clippy::too_many_arguments)]
        pub fn $name(lang: $crate::i18n::Lang, $($arg: $ty),*) -> String {
            match lang {
                $crate::i18n::Lang::En => format!($en),
                $crate::i18n::Lang::Zh => format!($zh),
            }
        }
        catalogue!(@entries [$($e,)* (stringify!($name), $en, $zh),] $($rest)*);
    };
    (@entries [$($e:expr,)*]
        $(#[$m:meta])* $name:ident = $en:literal, $zh:literal;
        $($rest:tt)*
    ) => {
        $(#[$m])*
        pub const $name: $crate::i18n::Phrase = $crate::i18n::Phrase { en: $en, zh: $zh };
        catalogue!(@entries [$($e,)* (stringify!($name), $en, $zh),] $($rest)*);
    };
    ($($t:tt)*) => {
        catalogue!(@entries [] $($t)*);
    };
}

pub mod about;
pub mod app;
pub mod charts;
pub mod cite;
pub mod compare;
pub mod data;
pub mod export;
pub mod feed;
pub mod filters;
pub mod labels;
pub mod notices;
pub mod profile;
pub mod timeline;
pub mod views;
pub mod workbook;

/// The interface and data language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Zh];

    /// The URL token and the `<html lang>` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The tag Office documents use (`a:rPr lang`): "en-US", "zh-CN".
    pub fn office_lang(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Zh => "zh-CN",
        }
    }

    /// The font a slide asks for; every client substitutes its own when it lacks it.
    pub fn office_font(self) -> &'static str {
        match self {
            Lang::En => "Arial",
            Lang::Zh => "Microsoft YaHei",
        }
    }

    /// The language's name in itself, for the language switch: "English", "简体中文".
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "简体中文",
        }
    }

    /// Of two values, the one for this language: for data that comes in both
    /// languages (a record's title, a country's name). Interface text belongs
    /// in the catalogue instead.
    pub fn select<T>(self, en: T, zh: T) -> T {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }

    /// A whole number with thousands separators ("10,000"; Chinese uses the same).
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    /// The separator of a list of names: ", " or "、".
    pub fn list_separator(self) -> &'static str {
        labels::LIST_SEPARATOR.get(self)
    }

    /// Names joined with the list separator.
    pub fn join(self, names: &[String]) -> String {
        names.join(self.list_separator())
    }
}

impl FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(Lang::En),
            "zh" => Ok(Lang::Zh),
            _ => Err(()),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An interface text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Phrase {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Phrase {
    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

/// Every area's entries, for the tests: `(area, name, English, Chinese)`.
pub fn all_entries() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    type Entries = &'static [(&'static str, &'static str, &'static str)];
    let areas: &[(&str, Entries)] = &[
        ("about", about::ENTRIES),
        ("app", app::ENTRIES),
        ("charts", charts::ENTRIES),
        ("compare", compare::ENTRIES),
        ("data", data::ENTRIES),
        ("export", export::ENTRIES),
        ("feed", feed::ENTRIES),
        ("filters", filters::ENTRIES),
        ("labels", labels::ENTRIES),
        ("notices", notices::ENTRIES),
        ("profile", profile::ENTRIES),
        ("timeline", timeline::ENTRIES),
        ("views", views::ENTRIES),
    ];
    areas
        .iter()
        .flat_map(|(area, entries)| entries.iter().map(move |(n, en, zh)| (*area, *n, *en, *zh)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_han(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// Chinese text, or only Chinese punctuation, as in the list separator "、".
    fn is_chinese(s: &str) -> bool {
        has_han(s)
            || s.chars().any(|c| {
                ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
            })
    }

    /// A template with its `{arguments}` taken out.
    fn without_arguments(template: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        for c in template.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                c if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// The `{name}` arguments of a template, without format specs.
    fn arguments(template: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut rest = template;
        while let Some(i) = rest.find('{') {
            rest = &rest[i + 1..];
            if let Some(r) = rest.strip_prefix('{') {
                rest = r;
                continue;
            }
            let Some(end) = rest.find('}') else { break };
            let name = rest[..end].split(':').next().unwrap_or("").to_owned();
            if !out.contains(&name) {
                out.push(name);
            }
            rest = &rest[end + 1..];
        }
        out.sort();
        out
    }

    #[test]
    fn every_entry_exists_in_both_languages_and_the_chinese_is_chinese() {
        let entries = all_entries();
        assert!(
            entries.len() > 250,
            "expected the whole interface, found {}",
            entries.len()
        );
        for (area, name, en, zh) in entries {
            assert!(!en.trim().is_empty(), "{area}::{name} has no English");
            assert!(!zh.trim().is_empty(), "{area}::{name} has no Chinese");
            // A template of arguments and punctuation only ("{n} / {total}") has no words to translate.
            let words = |s: &str| without_arguments(s).chars().any(|c| c.is_alphabetic());
            if words(en) || words(zh) {
                assert!(
                    is_chinese(zh),
                    "{area}::{name}: the Chinese text {zh:?} is not Chinese"
                );
            }
            assert!(
                !has_han(en),
                "{area}::{name}: the English text {en:?} has Chinese characters"
            );
        }
    }

    #[test]
    fn both_templates_of_a_message_use_the_same_arguments() {
        for (area, name, en, zh) in all_entries() {
            // `s` is English's plural ending; Chinese has none.
            let (mut a, mut b) = (arguments(en), arguments(zh));
            a.retain(|x| x != "s");
            b.retain(|x| x != "s");
            assert_eq!(
                a, b,
                "{area}::{name}: {en:?} and {zh:?} name different arguments"
            );
        }
    }

    #[test]
    fn names_are_unique_within_an_area() {
        let entries = all_entries();
        for (i, (area, name, _, _)) in entries.iter().enumerate() {
            assert!(
                !entries[..i]
                    .iter()
                    .any(|(a, n, _, _)| a == area && n == name),
                "{area}::{name} is declared twice"
            );
        }
    }

    #[test]
    fn numbers_get_thousands_separators() {
        assert_eq!(Lang::En.number(0), "0");
        assert_eq!(Lang::En.number(999), "999");
        assert_eq!(Lang::En.number(1000), "1,000");
        assert_eq!(Lang::En.number(100000), "100,000");
        assert_eq!(Lang::Zh.number(1234567), "1,234,567");
    }

    #[test]
    fn a_message_fills_its_arguments_in_either_language() {
        assert_eq!(timeline::shown(Lang::En, "3", "78"), "3 of 78 milestones");
        assert_eq!(
            timeline::shown(Lang::Zh, "3", "78"),
            "显示 3 条，共 78 条大事记"
        );
    }
}
