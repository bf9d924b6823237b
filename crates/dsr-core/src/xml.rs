//! `Xml`: a small writer of XML elements for the files that leave the app (the Atom feeds, the slide deck's parts): every attribute value and every text is escaped by the writer, so an escape cannot be forgotten.
//!
//! Element and attribute names are `&'static str`: they are the format's
//! own words, written in the code. Values and text may come from anywhere
//! (a dataset, a reader's filters) and are always escaped, with the
//! characters XML 1.0 forbids left out ([`crate::chart::escape_xml`]).
//! Markup that is fixed boilerplate can be written whole with
//! [`Xml::markup`], which takes only a `&'static str`: text that came from
//! data cannot reach it.

use crate::chart::escape_xml;

/// An XML document being written.
#[derive(Debug, Default)]
pub struct Xml {
    out: String,
    open: Vec<&'static str>,
}

/// An attribute value: text (escaped) or a number.
pub enum Value<'a> {
    Text(&'a str),
    Int(i64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::Text(s)
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(s: &'a String) -> Self {
        Value::Text(s)
    }
}

macro_rules! int_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value<'_> {
            fn from(n: $t) -> Self {
                Value::Int(i64::from(n))
            }
        }
    )*};
}
int_value!(i32, u8, u16, u32, i64);

impl From<usize> for Value<'_> {
    fn from(n: usize) -> Self {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl Xml {
    /// A fragment of a document, to be put into a larger one.
    pub fn fragment() -> Self {
        Self::default()
    }

    /// A document that starts with the XML declaration.
    pub fn document() -> Self {
        Self {
            out: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".to_owned(),
            open: Vec::new(),
        }
    }

    fn attrs<'a>(&mut self, attrs: impl IntoIterator<Item = (&'static str, Value<'a>)>) {
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            match value {
                Value::Text(s) => self.out.push_str(&escape_xml(s)),
                Value::Int(n) => self.out.push_str(&n.to_string()),
            }
            self.out.push('"');
        }
    }

    /// `<name attrs…`, then `end` (`>` or `/>`).
    fn tag<'a>(
        &mut self,
        name: &'static str,
        attrs: impl IntoIterator<Item = (&'static str, Value<'a>)>,
        end: &str,
    ) -> &mut Self {
        self.out.push('<');
        self.out.push_str(name);
        self.attrs(attrs);
        self.out.push_str(end);
        self
    }

    /// Opens `<name attrs…>`; [`Xml::close`] closes it.
    pub fn open<'a>(
        &mut self,
        name: &'static str,
        attrs: impl IntoIterator<Item = (&'static str, Value<'a>)>,
    ) -> &mut Self {
        self.open.push(name);
        self.tag(name, attrs, ">")
    }

    /// Writes `<name attrs…/>`.
    pub fn empty<'a>(
        &mut self,
        name: &'static str,
        attrs: impl IntoIterator<Item = (&'static str, Value<'a>)>,
    ) -> &mut Self {
        self.tag(name, attrs, "/>")
    }

    /// Writes `<name attrs…>text</name>`, the text escaped.
    pub fn leaf<'a>(
        &mut self,
        name: &'static str,
        attrs: impl IntoIterator<Item = (&'static str, Value<'a>)>,
        text: &str,
    ) -> &mut Self {
        self.open(name, attrs).text(text).close()
    }

    /// Writes text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.out.push_str(&escape_xml(text));
        self
    }

    /// Writes fixed markup as it is: only a `&'static str`, written in the
    /// code, can be given, so no text from data reaches it unescaped.
    pub fn markup(&mut self, markup: &'static str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// A line break between elements, for a reader of the file.
    pub fn newline(&mut self) -> &mut Self {
        self.out.push('\n');
        self
    }

    /// Closes the element opened last.
    pub fn close(&mut self) -> &mut Self {
        if let Some(name) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
        self
    }

    /// The document, every element still open closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_text_are_escaped_and_elements_closed_in_order() {
        let mut x = Xml::document();
        x.open("feed", [("xml:lang", "zh-Hans".into())])
            .leaf(
                "title",
                [("type", "text".into())],
                "<b>\"Tom\" & 'Jerry'</b>\u{1}",
            )
            .empty("link", [("href", "./?a=1&b=2".into()), ("n", 3u32.into())])
            .open("entry", [])
            .text("]]></summary><script>");
        let xml = x.finish();
        assert!(xml.starts_with("<?xml version=\"1.0\""));
        assert!(xml.contains(
            "<title type=\"text\">&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;</title>"
        ));
        assert!(xml.contains("<link href=\"./?a=1&amp;b=2\" n=\"3\"/>"));
        assert!(xml.ends_with("]]&gt;&lt;/summary&gt;&lt;script&gt;</entry></feed>"));
        let doc = roxmltree::Document::parse(&xml).unwrap();
        assert_eq!(
            doc.root_element()
                .children()
                .find(|n| n.has_tag_name("title"))
                .and_then(|n| n.text()),
            Some("<b>\"Tom\" & 'Jerry'</b>")
        );
    }
}
