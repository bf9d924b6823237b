//! Files and the clipboard: text and SVG files as Blobs, PNG through an image and a canvas, downloads and copying.

use dsr_core::i18n::{export, Lang};
use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// A step of an export that the browser can refuse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Blob,
    ObjectUrl,
    Link,
    Image,
    Decode,
    Canvas,
    Draw,
    Png,
    ClipboardItem,
    ClipboardWrite,
}

/// Why an export failed. The catalogue words it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    NoDocument,
    NoWindow,
    /// The page is not secure, so there is no clipboard.
    NoClipboard {
        image: bool,
    },
    NoCanvas,
    EmptyCanvas,
    /// The browser refused a step, and said this.
    Refused {
        step: Step,
        detail: String,
    },
}

impl ExportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::NoDocument => export::NO_DOCUMENT.get(lang).to_owned(),
            ExportError::NoWindow => export::NO_WINDOW.get(lang).to_owned(),
            ExportError::NoClipboard { image: true } => {
                export::NO_CLIPBOARD_SECURE.get(lang).to_owned()
            }
            ExportError::NoClipboard { image: false } => export::NO_CLIPBOARD.get(lang).to_owned(),
            ExportError::NoCanvas => export::NO_CANVAS.get(lang).to_owned(),
            ExportError::EmptyCanvas => export::EMPTY_CANVAS.get(lang).to_owned(),
            ExportError::Refused { step, detail } => {
                let step = match step {
                    Step::Blob => export::STEP_BLOB,
                    Step::ObjectUrl => export::STEP_OBJECT_URL,
                    Step::Link => export::STEP_LINK,
                    Step::Image => export::STEP_IMAGE,
                    Step::Decode => export::STEP_DECODE,
                    Step::Canvas => export::STEP_CANVAS,
                    Step::Draw => export::STEP_DRAW,
                    Step::Png => export::STEP_PNG,
                    Step::ClipboardItem => export::STEP_CLIPBOARD_ITEM,
                    Step::ClipboardWrite => export::STEP_CLIPBOARD_WRITE,
                };
                export::browser_refused(lang, step.get(lang), detail)
            }
        }
    }
}

fn js_error(step: Step, e: JsValue) -> ExportError {
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        // Not `{e:?}`: the release build prints no Debug output (scripts/release-env.sh).
        .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
        .unwrap_or_default();
    ExportError::Refused { step, detail }
}

fn refused(step: Step) -> ExportError {
    ExportError::Refused {
        step,
        detail: String::new(),
    }
}

fn document() -> Result<web_sys::Document, ExportError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or(ExportError::NoDocument)
}

/// A Blob of `text` with a MIME type.
pub fn text_blob(text: &str, mime: &str) -> Result<Blob, ExportError> {
    let parts = Array::of1(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|e| js_error(Step::Blob, e))
}

/// A Blob of `bytes` with a MIME type.
pub fn bytes_blob(bytes: &[u8], mime: &str) -> Result<Blob, ExportError> {
    let parts = Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(|e| js_error(Step::Blob, e))
}

/// The bytes of a Blob.
pub async fn blob_bytes(blob: &Blob) -> Result<Vec<u8>, ExportError> {
    let buf = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|e| js_error(Step::Blob, e))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Saves a Blob as a file through a temporary `<a download>`.
pub fn download(blob: &Blob, filename: &str) -> Result<(), ExportError> {
    let url = Url::create_object_url_with_blob(blob).map_err(|e| js_error(Step::ObjectUrl, e))?;
    let doc = document()?;
    let a: HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| js_error(Step::Link, e))?
        .dyn_into()
        .map_err(|_| refused(Step::Link))?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // Give the browser time to start the download before releasing the URL.
    let release = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Renders an SVG string to a PNG Blob of `width × height` CSS pixels at
/// `density` device pixels per CSS pixel, through an image and a canvas.
pub async fn png(svg: &str, width: u32, height: u32, density: u32) -> Result<Blob, ExportError> {
    let blob = text_blob(svg, "image/svg+xml;charset=utf-8")?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| js_error(Step::ObjectUrl, e))?;
    let img = HtmlImageElement::new_with_width_and_height(width, height)
        .map_err(|e| js_error(Step::Image, e))?;
    img.set_src(&url);
    let decoded = JsFuture::from(img.decode()).await;
    let _ = Url::revoke_object_url(&url);
    decoded.map_err(|e| js_error(Step::Decode, e))?;

    let canvas: HtmlCanvasElement = document()?
        .create_element("canvas")
        .map_err(|e| js_error(Step::Canvas, e))?
        .dyn_into()
        .map_err(|_| refused(Step::Canvas))?;
    canvas.set_width(width * density);
    canvas.set_height(height * density);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| js_error(Step::Canvas, e))?
        .ok_or(ExportError::NoCanvas)?
        .dyn_into()
        .map_err(|_| ExportError::NoCanvas)?;
    let d = f64::from(density);
    ctx.scale(d, d).map_err(|e| js_error(Step::Draw, e))?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        f64::from(width),
        f64::from(height),
    )
    .map_err(|e| js_error(Step::Draw, e))?;

    let promise = Promise::new(&mut |resolve, reject| {
        let on_error = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            if blob.is_null() {
                // Null: the canvas gave no image.
                let _ = reject.call1(&JsValue::NULL, &JsValue::NULL);
            } else {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            }
        });
        if let Err(e) = canvas.to_blob_with_type(done.unchecked_ref(), "image/png") {
            let _ = on_error.call1(&JsValue::NULL, &e);
        }
    });
    let blob = JsFuture::from(promise).await.map_err(|e| {
        if e.is_null() {
            ExportError::EmptyCanvas
        } else {
            js_error(Step::Png, e)
        }
    })?;
    blob.dyn_into::<Blob>().map_err(|_| refused(Step::Png))
}

/// Puts a PNG on the clipboard as an image item.
pub async fn copy_png(blob: &Blob) -> Result<(), ExportError> {
    let window = web_sys::window().ok_or(ExportError::NoWindow)?;
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return Err(ExportError::NoClipboard { image: true });
    }
    let items = Object::new();
    Reflect::set(
        &items,
        &JsValue::from_str("image/png"),
        &Promise::resolve(blob),
    )
    .map_err(|e| js_error(Step::ClipboardItem, e))?;
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&items)
        .map_err(|e| js_error(Step::ClipboardItem, e))?;
    JsFuture::from(clipboard.write(&Array::of1(&item)))
        .await
        .map(|_| ())
        .map_err(|e| js_error(Step::ClipboardWrite, e))
}

/// Puts text on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), ExportError> {
    let window = web_sys::window().ok_or(ExportError::NoWindow)?;
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return Err(ExportError::NoClipboard { image: false });
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| js_error(Step::ClipboardWrite, e))
}
