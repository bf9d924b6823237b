//! `Button`: the page's push button in one of its appearances, always `type="button"`. Events and attributes written at the call (`on:click=…`, and after `{..}`: `data-testid`, `aria-*`, `disabled`, `title`) go onto the `<button>`.

use leptos::ev::MouseEvent;
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
    /// The CSS classes that give the look; `more` for a "show more" button.
    pub fn class(self, more: bool) -> &'static str {
        match (self, more) {
            (Appearance::Primary, false) => "button",
            (Appearance::Primary, true) => "button more",
            (Appearance::Secondary, false) => "button secondary",
            (Appearance::Secondary, true) => "button secondary more",
            (Appearance::Link, _) => "link-button",
            (Appearance::Chip, _) => "chip-button",
        }
    }
}

/// A push button. Its attributes are typed props rather than attributes
/// spread onto the element: one body for every button, and no erased
/// attribute list built at each call.
#[component]
pub fn Button(
    /// How it looks.
    #[prop(optional)]
    appearance: Appearance,
    /// Whether it asks for more of a list (the class `more`).
    #[prop(optional)]
    more: bool,
    /// The test id (`data-testid`).
    #[prop(optional, into)]
    testid: Option<String>,
    /// Whether it is pressed (`aria-pressed`), for a toggle.
    #[prop(optional, into)]
    pressed: Option<Signal<bool>>,
    /// Whether it is busy (`aria-busy`).
    #[prop(optional, into)]
    busy: Option<Signal<bool>>,
    /// Whether it is disabled.
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
    /// Its tooltip (`title`).
    #[prop(optional, into)]
    title: Option<Signal<String>>,
    /// Called when it is pressed.
    #[prop(into)]
    on_click: UnsyncCallback<MouseEvent>,
    /// Its label.
    children: Children,
) -> impl IntoView {
    let class = appearance.class(more);
    view! {
        <button
            type="button"
            class=class
            data-testid=testid
            aria-pressed=move || pressed.map(|p| p.get().to_string())
            aria-busy=move || busy.map(|b| b.get().to_string())
            disabled=move || disabled.is_some_and(|d| d.get())
            title=move || title.map(|t| t.get())
            on:click=move |ev| on_click.run(ev)
        >
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
                <Button appearance=Appearance::Secondary more=true testid="x" on_click=|_| ()>
                    "Go"
                </Button>
            }
            .to_html();
            assert!(html.contains("type=\"button\""), "{html}");
            assert!(html.contains("class=\"button secondary more\""), "{html}");
            assert!(html.contains("data-testid=\"x\""), "{html}");
            assert!(html.contains(">Go</button>"), "{html}");
            let plain = view! { <Button on_click=|_| ()>"Ok"</Button> }.to_html();
            assert!(!plain.contains("aria-pressed"), "{plain}");
            assert!(!plain.contains("disabled"), "{plain}");
            assert!(plain.contains("class=\"button\""), "{plain}");
        });
    }
}
