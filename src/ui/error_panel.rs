//! `ErrorPanel`: says which file failed to load and why, lists every validation error, offers a retry.

use leptos::prelude::*;

use super::loader::LoadError;
use crate::i18n::{Key, Lang};

/// Shown instead of the dashboard when loading fails.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Called by the "Try again" button.
    on_retry: Callback<()>,
) -> impl IntoView {
    let file = error.file().to_owned();
    let detail = error.clone();
    let heading = {
        let invalid = matches!(error, LoadError::Invalid { .. });
        move || {
            if invalid {
                Key::InvalidDataset.get(lang.get())
            } else {
                Key::LoadFailed.get(lang.get())
            }
        }
    };
    view! {
        <section class="panel panel-error" role="alert" data-testid="load-error">
            <h2>{heading}</h2>
            <p>
                {move || lang.get().pick("File: ", "文件：")}
                <code data-testid="failed-file">{file.clone()}</code>
            </p>
            {move || describe(&detail, lang.get())}
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {move || Key::Retry.get(lang.get())}
            </button>
        </section>
    }
}

fn describe(error: &LoadError, lang: Lang) -> AnyView {
    match error {
        LoadError::Fetch { message, .. } => {
            let text = match lang {
                Lang::En => format!("The request failed: {message}"),
                Lang::Zh => format!("请求失败：{message}"),
            };
            view! { <p>{text}</p> }.into_any()
        }
        LoadError::Status { status, .. } => {
            let text = match lang {
                Lang::En => format!("The server answered {status}; the file may be missing."),
                Lang::Zh => format!("服务器返回 {status}，文件可能不存在。"),
            };
            view! { <p>{text}</p> }.into_any()
        }
        LoadError::TooLarge { bytes, .. } => {
            let text = match lang {
                Lang::En => format!(
                    "The file is {} bytes, over the 20 MB limit.",
                    Lang::En.number(*bytes)
                ),
                Lang::Zh => format!(
                    "文件大小为 {} 字节，超过 20 MB 的上限。",
                    Lang::Zh.number(*bytes)
                ),
            };
            view! { <p>{text}</p> }.into_any()
        }
        LoadError::Invalid { errors, .. } => {
            let count = match lang {
                Lang::En => format!(
                    "{} error{}:",
                    errors.len(),
                    if errors.len() == 1 { "" } else { "s" }
                ),
                Lang::Zh => format!("共 {} 处错误：", errors.len()),
            };
            let items = errors
                .iter()
                .map(|e| view! { <li><code>{e.to_string()}</code></li> })
                .collect_view();
            view! {
                <p>{count}</p>
                <ul class="error-list" data-testid="validation-errors">{items}</ul>
            }
            .into_any()
        }
    }
}
