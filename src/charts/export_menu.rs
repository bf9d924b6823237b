//! `ExportMenu`: download SVG or PNG, copy the image, the link or the embed code, or present a chart; its body is a WebAssembly chunk fetched when a pointer or focus nears the menu.

use dsr_core::chart::export::{
    embed_snippet, file_stem, png_name, transparent_warning, Look, PngSize, DENSITIES, PRESETS,
};
use dsr_core::chart::{ChartId, Size, Theme};
use dsr_core::i18n::export;
use dsr_core::query::Slide;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::deck_button::DeckButton;
use crate::browser::split::CodeMissing;
use crate::browser::{dom, files};
use crate::cite::cite_menu::{CiteMenu, CiteTarget};
use crate::state::{use_url, Derived};
use crate::widgets::button::{Appearance, Button};
use crate::widgets::chunk::{missing_note, Chunk};

/// Draws the chart at a theme and size; provided by the chart card.
pub type Renderer = Callback<(Theme, Size), String>;

/// What the menu's body is built from.
#[derive(Clone)]
struct Args {
    id: ChartId,
    render: Renderer,
    screen: Signal<(u32, u32)>,
    state: Derived,
}

/// Builds the menu's body: the looks, sizes, downloads, copies and the citation.
type Body = fn(Args) -> AnyView;

/// The body (PNG drawing, clipboard, files, the embed snippet) is a chunk of
/// its own, fetched when a pointer or focus comes near the menu: the charts,
/// the map and a profile do not carry it until a reader wants an export.
#[::leptos::wasm_split::wasm_split(export, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_body() -> Result<Body, CodeMissing> {
    Ok(body)
}

/// The export menu of one chart.
#[component]
pub fn ExportMenu(
    /// Which chart.
    id: ChartId,
    /// Draws the chart for export.
    render: Renderer,
    /// The size the chart has on screen.
    #[prop(into)]
    screen: Signal<(u32, u32)>,
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let lang = state.lang;
    let chunk = Chunk::<Body>::new();
    let load = move || chunk.fetch(load_body);
    let args = Args {
        id,
        render,
        screen,
        state,
    };
    view! {
        <details
            class="export-menu"
            data-testid="export-menu"
            on:toggle=move |_| load()
            on:pointerenter=move |_| load()
            on:focusin=move |_| load()
        >
            <summary>{move || export::MENU.get(lang.get())}</summary>
            {move || chunk.get().map(|b| b(args.clone()))}
            {move || chunk.missing().then(|| missing_note("export-status", lang.get(), None))}
        </details>
    }
}

/// The menu's body.
fn body(args: Args) -> AnyView {
    let Args {
        id,
        render,
        screen,
        state,
    } = args;
    let url = use_url();
    let (lang, current_theme) = (state.lang, state.theme);
    let (status, set_status) = signal(String::new());
    let (embed_code, set_embed_code) = signal(None::<String>);
    let (look, set_look) = signal(Look::Current);
    let (png_size, set_png_size) = signal(PngSize::parse(""));
    let (density, set_density) = signal(1u32);
    let (transparent, set_transparent) = signal(false);
    let ds = state.ds.clone();
    let cite_ds = state.ds.clone();

    let theme = move || look.get_untracked().theme(current_theme.get_untracked());
    let query = state.query;
    let stem = move || query.with_untracked(|q| file_stem(id, &ds, &q.filters, q.map.as_deref()));
    let say = move |text: String| set_status.set(text);
    let l = move || lang.get_untracked();

    let download_svg = {
        let stem = stem.clone();
        move |_| {
            let (w, h) = screen.get_untracked();
            let svg = render.run((theme(), Size::new(w, h)));
            let name = format!("{}.svg", stem());
            match files::text_blob(&svg, "image/svg+xml;charset=utf-8")
                .and_then(|b| files::download(&b, &name))
            {
                Ok(()) => say(export::downloaded(l(), &name)),
                Err(e) => say(export::svg_not_saved(l(), &e.message(l()))),
            }
        }
    };
    let make_png = move || {
        let (w, h) = png_size.get_untracked().size(screen.get_untracked());
        let size = Size::new(w, h);
        let svg = render.run((theme(), size));
        let svg = if transparent.get_untracked() {
            dsr_core::chart::export::transparent(&svg, size)
        } else {
            svg
        };
        (svg, size, density.get_untracked())
    };
    let download_png = {
        let stem = stem.clone();
        move |_| {
            let (svg, size, d) = make_png();
            let name = png_name(&stem(), size.width, size.height, d);
            spawn_local(async move {
                match files::png(&svg, size.width, size.height, d).await {
                    Ok(blob) => match files::download(&blob, &name) {
                        Ok(()) => say(export::downloaded(l(), &name)),
                        Err(e) => say(export::png_not_saved(l(), &e.message(l()))),
                    },
                    Err(e) => say(export::png_not_drawn(l(), &e.message(l()))),
                }
            });
        }
    };
    let copy_image = {
        let stem = stem.clone();
        move |_| {
            let (svg, size, d) = make_png();
            let name = png_name(&stem(), size.width, size.height, 1);
            spawn_local(async move {
                let blob = match files::png(&svg, size.width, size.height, d).await {
                    Ok(b) => b,
                    Err(e) => return say(export::image_not_drawn(l(), &e.message(l()))),
                };
                match files::copy_png(&blob).await {
                    Ok(()) => say(export::IMAGE_COPIED.get(l()).to_owned()),
                    Err(e) => {
                        let _ = files::download(&blob, &name);
                        say(export::copy_fell_back(l(), &e.message(l()), &name))
                    }
                }
            });
        }
    };
    let copy_link = move |_| {
        let mut q = url.current();
        q.chart = Some(id);
        q.embed = None;
        q.present = None;
        let link = dom::page_url(&q.to_query_string());
        spawn_local(async move {
            match files::copy_text(&link).await {
                Ok(()) => say(export::link_copied(l(), &link)),
                Err(e) => say(export::copy_link_by_hand(l(), &e.message(l()), &link)),
            }
        });
    };
    let copy_embed = move |_| {
        let mut q = url.current();
        q.embed = Some(id);
        q.chart = None;
        q.view = None;
        q.event = None;
        q.present = None;
        let src = dom::page_url(&q.to_query_string());
        let (_, h) = screen.get_untracked();
        let code = embed_snippet(&src, &export::embed_title(l(), id.title(l())), h);
        set_embed_code.set(Some(code.clone()));
        spawn_local(async move {
            match files::copy_text(&code).await {
                Ok(()) => say(export::EMBED_COPIED.get(l()).to_owned()),
                Err(e) => say(export::copy_embed_by_hand(l(), &e.message(l()))),
            }
        });
    };
    let present = move |_| {
        // Full screen needs this click; where the browser refuses, the slide still fills the window.
        dom::request_fullscreen();
        url.update(|q| q.present = Some(Slide::Chart(id)));
    };

    let t = move |p: dsr_core::i18n::Phrase| move || p.get(lang.get());
    view! {
        <div class="export-body">
            <label class="field">
                <span>{t(export::LOOK)}</span>
                <select
                    data-testid="export-theme"
                    on:change=move |ev| set_look.set(Look::parse(&event_target_value(&ev)))
                >
                    {Look::all()
                        .into_iter()
                        .map(|choice| {
                            view! {
                                <option value=choice
                                    .as_str()>{move || choice.label(lang.get())}</option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <Button appearance=Appearance::Secondary testid="download-svg" on_click=download_svg>
                {t(export::DOWNLOAD_SVG)}
            </Button>
            <div class="png-row">
                <label class="field">
                    <span>{t(export::PNG_SIZE)}</span>
                    <select
                        data-testid="png-size"
                        on:change=move |ev| {
                            set_png_size.set(PngSize::parse(&event_target_value(&ev)))
                        }
                    >
                        {PRESETS
                            .iter()
                            .map(|p| {
                                let p = *p;
                                view! { <option value=p.id>{move || p.label(lang.get())}</option> }
                            })
                            .collect_view()}
                        <option value=PngSize::Screen
                            .as_str()>
                            {move || {
                                let (w, h) = screen.get();
                                let l = lang.get();
                                export::size(l, w, h, export::AS_ON_SCREEN.get(l))
                            }}
                        </option>
                    </select>
                </label>
                <label class="field">
                    <span>{t(export::DENSITY)}</span>
                    <select
                        data-testid="png-density"
                        on:change=move |ev| {
                            set_density.set(event_target_value(&ev).parse().unwrap_or(1))
                        }
                    >
                        {DENSITIES
                            .iter()
                            .map(|&d| {
                                view! {
                                    <option value=d
                                        .to_string()>
                                        {move || export::density(lang.get(), d)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="png-transparent"
                    on:change=move |ev| set_transparent.set(event_target_checked(&ev))
                />
                <span>{t(export::TRANSPARENT)}</span>
            </label>
            {move || {
                transparent
                    .get()
                    .then(|| {
                        let l = lang.get();
                        let theme = look.get().theme(current_theme.get());
                        view! {
                            <p class="note" role="note" data-testid="transparent-warning">
                                {transparent_warning(theme, l)}
                            </p>
                        }
                    })
            }}
            <Button appearance=Appearance::Secondary testid="download-png" on_click=download_png>
                {t(export::DOWNLOAD_PNG)}
            </Button>
            <Button appearance=Appearance::Secondary testid="copy-image" on_click=copy_image>
                {t(export::COPY_IMAGE)}
            </Button>
            <Button appearance=Appearance::Secondary testid="copy-link" on_click=copy_link>
                {t(export::COPY_LINK)}
            </Button>
            // The country profile has no address of its own to embed or present.
            {id
                .has_address()
                .then(|| {
                    view! {
                        <Button
                            appearance=Appearance::Secondary
                            testid="copy-embed"
                            on_click=copy_embed
                        >
                            {t(export::COPY_EMBED)}
                        </Button>
                        <Button appearance=Appearance::Secondary testid="present" on_click=present>
                            {t(export::PRESENT)}
                        </Button>
                        <DeckButton state=state.clone() charts=id.one() years=true />
                    }
                })}
            {move || {
                embed_code
                    .get()
                    .map(|code| {
                        view! {
                            <textarea class="embed-code" data-testid="embed-code" readonly rows="4">
                                {code}
                            </textarea>
                        }
                    })
            }}
            <p class="export-status" role="status" aria-live="polite" data-testid="export-status">
                {move || status.get()}
            </p>
            <CiteMenu ds=cite_ds target=CiteTarget::Chart(id) lang=lang />
        </div>
    }
    .into_any()
}
