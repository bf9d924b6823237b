//! Interface strings in English and Chinese, and the `Lang` that picks between them.
//!
//! Every string is declared once with both languages side by side, so a
//! string that exists in one language only does not compile; a test checks
//! that neither side is blank and that the Chinese side is Chinese.

use std::fmt;
use std::str::FromStr;

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

    /// Picks the string for this language.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
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

macro_rules! strings {
    ($($key:ident => $en:literal, $zh:literal;)+) => {
        /// An interface string. `Key::X.get(lang)` gives its text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),+ }

        impl Key {
            /// Every key, for the completeness test.
            pub const ALL: &'static [Key] = &[$(Key::$key),+];

            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match self { $(Key::$key => lang.pick($en, $zh)),+ }
            }
        }
    };
}

strings! {
    AppName => "DSR Tracker", "数字丝路追踪";
    AppTagline => "Following China's Digital Silk Road over time", "追踪中国“数字丝绸之路”的进展";
    Loading => "Loading the dataset…", "正在加载数据集…";
    LoadFailed => "The dataset could not be loaded", "无法加载数据集";
    Retry => "Try again", "重试";
    Reload => "Reload the page", "重新加载页面";
    InvalidDataset => "The dataset has errors and was not opened", "数据集有错误，未能打开";
    DataCurrentThrough => "Data current through", "数据截至";
    Sources => "Sources", "来源";
    Note => "Note", "注";
    Countries => "Countries", "国家";
    Category => "Category", "类别";
    Version => "Version", "版本";
    Updated => "Updated", "更新于";
    Licence => "Licence", "许可";
    HowToCite => "How to cite", "引用方式";
    Language => "Language", "语言";
    ThemeDark => "Dark theme", "深色主题";
    SomethingBroke => "Something went wrong", "出现错误";
    SomethingBrokeBody => "The page hit an internal error. Your filters are kept in the address bar; reloading usually helps.", "页面发生内部错误。筛选条件保存在地址栏中，重新加载通常可以解决。";
    // Categories.
    CatPolicy => "Policy", "政策";
    CatForum => "Forum", "论坛";
    CatAgreement => "Agreement", "协议";
    CatGovernance => "Governance", "治理";
    CatSecurity => "Security", "安全";
    CatECommerce => "E-commerce", "电子商务";
    CatInfrastructure => "Infrastructure", "基础设施";
    CatTalent => "Talent", "人才";
    // Confidence levels.
    ConfConfirmed => "Confirmed", "已证实";
    ConfSingleSource => "Single source", "单一来源";
    ConfUnverified => "Unverified", "未核实";
}

impl crate::model::Category {
    /// The category's display name.
    pub fn label(self, lang: Lang) -> &'static str {
        use crate::model::Category as C;
        match self {
            C::Policy => Key::CatPolicy,
            C::Forum => Key::CatForum,
            C::Agreement => Key::CatAgreement,
            C::Governance => Key::CatGovernance,
            C::Security => Key::CatSecurity,
            C::ECommerce => Key::CatECommerce,
            C::Infrastructure => Key::CatInfrastructure,
            C::Talent => Key::CatTalent,
        }
        .get(lang)
    }
}

impl crate::model::Confidence {
    /// The confidence level's display name.
    pub fn label(self, lang: Lang) -> &'static str {
        use crate::model::Confidence as C;
        match self {
            C::Confirmed => Key::ConfConfirmed,
            C::SingleSource => Key::ConfSingleSource,
            C::Unverified => Key::ConfUnverified,
        }
        .get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_han(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_string_exists_in_both_languages_and_the_chinese_is_chinese() {
        for key in Key::ALL {
            let (en, zh) = (key.get(Lang::En), key.get(Lang::Zh));
            assert!(!en.trim().is_empty(), "{key:?} has no English");
            assert!(!zh.trim().is_empty(), "{key:?} has no Chinese");
            assert!(
                has_han(zh),
                "{key:?}: the Chinese text {zh:?} has no Chinese characters"
            );
            assert!(
                !has_han(en),
                "{key:?}: the English text {en:?} has Chinese characters"
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
}
