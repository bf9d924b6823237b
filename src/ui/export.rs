//! Browser-side export: SVG and PNG files, PNG through a canvas, and the clipboard.

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Why an export failed, in words for the reader.
pub type ExportError = String;

fn js_error(context: &str, e: JsValue) -> ExportError {
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"));
    format!("{context}: {detail}")
}

fn document() -> Result<web_sys::Document, ExportError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".to_owned())
}

/// A Blob of `text` with a MIME type.
pub fn text_blob(text: &str, mime: &str) -> Result<Blob, ExportError> {
    let parts = Array::of1(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|e| js_error("Blob", e))
}

/// Saves a Blob as a file through a temporary `<a download>`.
pub fn download(blob: &Blob, filename: &str) -> Result<(), ExportError> {
    let url = Url::create_object_url_with_blob(blob).map_err(|e| js_error("object URL", e))?;
    let doc = document()?;
    let a: HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| js_error("link", e))?
        .dyn_into()
        .map_err(|_| "link".to_owned())?;
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
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| js_error("object URL", e))?;
    let img = HtmlImageElement::new_with_width_and_height(width, height)
        .map_err(|e| js_error("image", e))?;
    img.set_src(&url);
    let decoded = JsFuture::from(img.decode()).await;
    let _ = Url::revoke_object_url(&url);
    decoded.map_err(|e| js_error("the chart image could not be decoded", e))?;

    let canvas: HtmlCanvasElement = document()?
        .create_element("canvas")
        .map_err(|e| js_error("canvas", e))?
        .dyn_into()
        .map_err(|_| "canvas".to_owned())?;
    canvas.set_width(width * density);
    canvas.set_height(height * density);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| js_error("canvas context", e))?
        .ok_or_else(|| "no 2D canvas context".to_owned())?
        .dyn_into()
        .map_err(|_| "canvas context".to_owned())?;
    let d = f64::from(density);
    ctx.scale(d, d).map_err(|e| js_error("scale", e))?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        f64::from(width),
        f64::from(height),
    )
    .map_err(|e| js_error("draw", e))?;

    let promise = Promise::new(&mut |resolve, reject| {
        let on_error = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            if blob.is_null() {
                let _ = reject.call1(
                    &JsValue::NULL,
                    &JsValue::from_str("the canvas gave no image"),
                );
            } else {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            }
        });
        if let Err(e) = canvas.to_blob_with_type(done.unchecked_ref(), "image/png") {
            let _ = on_error.call1(&JsValue::NULL, &e);
        }
    });
    let blob = JsFuture::from(promise)
        .await
        .map_err(|e| js_error("PNG", e))?;
    blob.dyn_into::<Blob>().map_err(|_| "PNG".to_owned())
}

/// Puts a PNG on the clipboard as an image item.
pub async fn copy_png(blob: &Blob) -> Result<(), ExportError> {
    let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return Err(
            "this browser offers no clipboard here (it needs a secure https page)".to_owned(),
        );
    }
    let items = Object::new();
    Reflect::set(
        &items,
        &JsValue::from_str("image/png"),
        &Promise::resolve(blob),
    )
    .map_err(|e| js_error("clipboard item", e))?;
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&items)
        .map_err(|e| js_error("this browser cannot put images on the clipboard", e))?;
    JsFuture::from(clipboard.write(&Array::of1(&item)))
        .await
        .map(|_| ())
        .map_err(|e| js_error("the browser refused to copy the image", e))
}

/// Puts text on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), ExportError> {
    let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return Err("this browser offers no clipboard here".to_owned());
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| js_error("the browser refused to copy", e))
}
