//! `Button`: the page's push button in one of its appearances, always `type="button"`. Events and attributes written at the call (`on:click=…`, and after `{..}`: `data-testid`, `aria-*`, `disabled`, `title`) go onto the `<button>`.

use leptos::prelude::*;

/// How a button looks (its CSS classes in `style/main.css`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Appearance {
    /// Filled: the one main action of a panel.
    #[default]
    Primary,
    /// Outlined: the other actions.
    Secondary,
    /// Reads as a link, for an action inside text or a list.
    Link,
    /// A small rounded chip, for a name in a list.
    Chip,
}

impl Appearance {
    /// The CSS class that gives the look.
    pub fn class(self) -> &'static str {
        match self {
            Appearance::Primary => "button",
            Appearance::Secondary => "button secondary",
            Appearance::Link => "link-button",
            Appearance::Chip => "chip-button",
        }
    }
}

/// A push button.
#[component]
pub fn Button(
    /// How it looks.
    #[prop(optional)]
    appearance: Appearance,
    /// Classes added after the appearance's (`"more"`).
    #[prop(optional)]
    extra: &'static str,
    /// Its label.
    children: Children,
) -> impl IntoView {
    let class = if extra.is_empty() {
        appearance.class().to_owned()
    } else {
        format!("{} {extra}", appearance.class())
    };
    view! {
        <button type="button" class=class>
            {children()}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_button_is_never_a_submit_button_and_carries_its_look_and_attributes() {
        crate::browser::native::install_executor();
        let owner = Owner::new();
        owner.with(|| {
            let html = view! {
                <Button appearance=Appearance::Secondary extra="more" attr:data-testid="x">
                    "Go"
                </Button>
            }
            .to_html();
            assert!(html.contains("type=\"button\""), "{html}");
            assert!(html.contains("class=\"button secondary more\""), "{html}");
            assert!(html.contains("data-testid=\"x\""), "{html}");
            assert!(html.contains(">Go</button>"), "{html}");
            let plain = view! { <Button>"Ok"</Button> }.to_html();
            assert!(plain.contains("class=\"button\""), "{plain}");
        });
    }
}
