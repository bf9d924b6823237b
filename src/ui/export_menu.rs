//! `ExportMenu`: download SVG or PNG, copy the image, the link or the embed code, or present a chart.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::dashboard::use_view;
use super::export;
use super::url::use_url;
use crate::chart::export::{file_stem, DENSITIES, PRESETS};
use crate::chart::{ChartId, Size, Theme};
use crate::i18n::Lang;
use crate::query::Slide;

/// Draws the chart at a theme and size; provided by the chart card.
pub type Renderer = Callback<(Theme, Size), String>;

/// The address of this page with `query`, for links and embeds.
pub fn page_url(query: &crate::query::Query) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let qs = query.to_query_string();
    if qs.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{qs}")
    }
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
) -> impl IntoView {
    let v = use_view();
    let url = use_url();
    let (lang, query, current_theme) = (v.lang, v.query, v.theme);
    let (status, set_status) = signal(String::new());
    let (embed_code, set_embed_code) = signal(None::<String>);
    let (theme_choice, set_theme_choice) = signal(String::from("current"));
    let (preset, set_preset) = signal(String::from(PRESETS[0].id));
    let (density, set_density) = signal(1u32);
    let ds = v.ds.clone();

    let theme = move || match theme_choice.get_untracked().as_str() {
        "light" => Theme::Light,
        "dark" => Theme::Dark,
        "presentation" => Theme::Presentation,
        _ => current_theme.get_untracked(),
    };
    let size = move || {
        let chosen = preset.get_untracked();
        PRESETS
            .iter()
            .find(|p| p.id == chosen)
            .map(|p| (p.width, p.height))
            .unwrap_or_else(|| screen.get_untracked())
    };
    let stem = move || {
        query.with_untracked(|q| {
            let mut stem = file_stem(id, &ds, &q.filters);
            // The map in agreement mode says which agreement.
            if let (ChartId::Map, Some(agreement)) = (id, &q.map) {
                stem.push('-');
                stem.push_str(agreement);
            }
            stem
        })
    };
    let say = move |en: String, zh: String| {
        set_status.set(if lang.get_untracked() == Lang::Zh {
            zh
        } else {
            en
        });
    };

    let download_svg = {
        let stem = stem.clone();
        move |_| {
            let (w, h) = screen.get_untracked();
            let svg = render.run((theme(), Size::new(w, h)));
            let name = format!("{}.svg", stem());
            match export::text_blob(&svg, "image/svg+xml;charset=utf-8")
                .and_then(|b| export::download(&b, &name))
            {
                Ok(()) => say(format!("Downloaded {name}."), format!("已下载 {name}。")),
                Err(e) => say(
                    format!("Could not save the SVG: {e}"),
                    format!("无法保存SVG：{e}"),
                ),
            }
        }
    };
    let make_png = move || {
        let (w, h) = size();
        let d = density.get_untracked();
        let size = Size::new(w, h);
        let svg = render.run((theme(), size));
        (svg, size, d)
    };
    let download_png = {
        let stem = stem.clone();
        move |_| {
            let (svg, size, d) = make_png();
            let name = format!(
                "{}-{}x{}{}.png",
                stem(),
                size.width,
                size.height,
                if d > 1 {
                    format!("@{d}x")
                } else {
                    String::new()
                }
            );
            spawn_local(async move {
                match export::png(&svg, size.width, size.height, d).await {
                    Ok(blob) => match export::download(&blob, &name) {
                        Ok(()) => say(format!("Downloaded {name}."), format!("已下载 {name}。")),
                        Err(e) => say(
                            format!("Could not save the PNG: {e}"),
                            format!("无法保存PNG：{e}"),
                        ),
                    },
                    Err(e) => say(
                        format!("Could not draw the PNG: {e}"),
                        format!("无法生成PNG：{e}"),
                    ),
                }
            });
        }
    };
    let copy_image = {
        let stem = stem.clone();
        move |_| {
            let (svg, size, d) = make_png();
            let name = format!("{}-{}x{}.png", stem(), size.width, size.height);
            spawn_local(async move {
                let blob = match export::png(&svg, size.width, size.height, d).await {
                    Ok(b) => b,
                    Err(e) => {
                        return say(
                            format!("Could not draw the image: {e}"),
                            format!("无法生成图片：{e}"),
                        )
                    }
                };
                match export::copy_png(&blob).await {
                    Ok(()) => say(
                        "Image copied: paste it into your slides.".to_owned(),
                        "图片已复制，可粘贴到幻灯片中。".to_owned(),
                    ),
                    Err(e) => {
                        let _ = export::download(&blob, &name);
                        say(
                            format!("The image could not be copied ({e}), so it was downloaded as {name} instead."),
                            format!("无法复制图片（{e}），已改为下载 {name}。"),
                        )
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
        let link = page_url(&q);
        spawn_local(async move {
            match export::copy_text(&link).await {
                Ok(()) => say(
                    format!("Link copied: {link}"),
                    format!("链接已复制：{link}"),
                ),
                Err(e) => say(
                    format!("Copy this link ({e}): {link}"),
                    format!("请手动复制链接（{e}）：{link}"),
                ),
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
        let src = page_url(&q);
        let base = src
            .split('?')
            .next()
            .unwrap_or("")
            .rsplit_once('/')
            .map_or(String::new(), |(b, _)| format!("{b}/"));
        let (_, h) = screen.get_untracked();
        let title = format!("DSR Tracker: {}", id.title(lang.get_untracked()));
        let code = format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-dsr-embed></iframe>\n<script src=\"{base}embed.js\" async></script>",
            crate::chart::escape_xml(&src),
            crate::chart::escape_xml(&title),
            h + 8
        );
        set_embed_code.set(Some(code.clone()));
        spawn_local(async move {
            match export::copy_text(&code).await {
                Ok(()) => say(
                    "Embed code copied.".to_owned(),
                    "嵌入代码已复制。".to_owned(),
                ),
                Err(e) => say(
                    format!("Copy the embed code below ({e})."),
                    format!("请复制下方的嵌入代码（{e}）。"),
                ),
            }
        });
    };
    let present = move |_| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            // Full screen needs this click; where the browser refuses, the slide still fills the window.
            let _ = root.request_fullscreen();
        }
        url.update(|q| {
            q.present = Some(Slide::Chart(id));
        });
    };

    let t = move |en: &'static str, zh: &'static str| move || lang.get().pick(en, zh);
    view! {
        <details class="export-menu" data-testid="export-menu">
            <summary>{t("Export", "导出")}</summary>
            <div class="export-body">
                <label class="field">
                    <span>{t("Look", "样式")}</span>
                    <select data-testid="export-theme" on:change=move |ev| set_theme_choice.set(event_target_value(&ev))>
                        <option value="current">{t("As on screen", "与屏幕一致")}</option>
                        <option value="light">{t("Light", "浅色")}</option>
                        <option value="dark">{t("Dark", "深色")}</option>
                        <option value="presentation">{t("Presentation (large type)", "演示（大字号）")}</option>
                    </select>
                </label>
                <button type="button" class="button secondary" data-testid="download-svg" on:click=download_svg>
                    {t("Download SVG", "下载 SVG")}
                </button>
                <div class="png-row">
                    <label class="field">
                        <span>{t("PNG size", "PNG 尺寸")}</span>
                        <select data-testid="png-size" on:change=move |ev| set_preset.set(event_target_value(&ev))>
                            {PRESETS.iter().map(|p| {
                                let p = *p;
                                view! { <option value=p.id>{move || p.label(lang.get())}</option> }
                            }).collect_view()}
                            <option value="screen">{move || {
                                let (w, h) = screen.get();
                                format!("{w} × {h} ({})", lang.get().pick("as on screen", "屏幕尺寸"))
                            }}</option>
                        </select>
                    </label>
                    <label class="field">
                        <span>{t("Density", "像素密度")}</span>
                        <select data-testid="png-density" on:change=move |ev| set_density.set(event_target_value(&ev).parse().unwrap_or(1))>
                            {DENSITIES.iter().map(|d| view! { <option value=d.to_string()>{format!("{d}×")}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
                <button type="button" class="button secondary" data-testid="download-png" on:click=download_png>
                    {t("Download PNG", "下载 PNG")}
                </button>
                <button type="button" class="button secondary" data-testid="copy-image" on:click=copy_image>
                    {t("Copy image", "复制图片")}
                </button>
                <button type="button" class="button secondary" data-testid="copy-link" on:click=copy_link>
                    {t("Copy link", "复制链接")}
                </button>
                <button type="button" class="button secondary" data-testid="copy-embed" on:click=copy_embed>
                    {t("Copy embed code", "复制嵌入代码")}
                </button>
                <button type="button" class="button secondary" data-testid="present" on:click=present>
                    {t("Present", "演示")}
                </button>
                {move || embed_code.get().map(|code| view! {
                    <textarea class="embed-code" data-testid="embed-code" readonly rows="4">{code}</textarea>
                })}
                <p class="export-status" role="status" aria-live="polite" data-testid="export-status">{move || status.get()}</p>
            </div>
        </details>
    }
}
