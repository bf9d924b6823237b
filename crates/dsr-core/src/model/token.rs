//! Token enums: unit enums whose variants are stable string tokens (data file, URL, CSS), and the error for an unknown one.

/// Declares a unit-only enum whose variants map one-to-one to stable string
/// tokens (used in the data file, the URL and CSS classes), with `as_str`,
/// `FromStr`, `Display`, `ALL`, and a JSON Schema listing the tokens.
macro_rules! token_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $token:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize, ::schemars::JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $token)] $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable token used in data files, URLs and CSS classes.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $token),+ }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::model::UnknownToken;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($token => Ok($name::$variant),)+
                    _ => Err($crate::model::UnknownToken {
                        value: s.to_owned(),
                        expected: &[$($token),+],
                    }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use token_enum;

/// A token that is not one of an enum's allowed values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownToken {
    pub value: String,
    pub expected: &'static [&'static str],
}
