//! `Archive`: reads the entries of a ZIP file (an .xlsx or .ods), stored or deflated, refusing what would inflate past a limit.

use super::SheetProblem;

/// The most bytes all of a workbook's entries may inflate to (a 20 MB file
/// of text compresses about tenfold; a "ZIP bomb" goes far beyond).
pub const MAX_INFLATED: usize = 400 * 1024 * 1024;

/// One entry of the central directory.
struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    size: usize,
    offset: usize,
}

/// A ZIP file's directory, over its bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn damaged(what: &str) -> SheetProblem {
    SheetProblem::Damaged(what.to_owned())
}

impl<'a> Archive<'a> {
    /// Reads the directory; a file that is not a ZIP archive is [`SheetProblem::NotAWorkbook`].
    pub fn open(bytes: &'a [u8]) -> Result<Self, SheetProblem> {
        if !bytes.starts_with(b"PK\x03\x04") {
            return Err(SheetProblem::NotAWorkbook);
        }
        // The end-of-directory record: in the last 22 + 65535 bytes.
        let from = bytes.len().saturating_sub(22 + 65_535);
        let end = (from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| u32_at(bytes, i) == Some(0x0605_4b50))
            .ok_or_else(|| damaged("no ZIP directory"))?;
        let count = usize::from(u16_at(bytes, end + 10).ok_or_else(|| damaged("directory"))?);
        let mut at = u32_at(bytes, end + 16).ok_or_else(|| damaged("directory"))? as usize;
        let mut entries = Vec::with_capacity(count.min(1024));
        for _ in 0..count {
            if u32_at(bytes, at) != Some(0x0201_4b50) {
                return Err(damaged("directory entry"));
            }
            let field = |o: usize| u32_at(bytes, at + o).map(|v| v as usize);
            let short = |o: usize| u16_at(bytes, at + o).map(usize::from);
            let (
                Some(method),
                Some(compressed),
                Some(size),
                Some(name_len),
                Some(extra),
                Some(comment),
                Some(offset),
            ) = (
                u16_at(bytes, at + 10),
                field(20),
                field(24),
                short(28),
                short(30),
                short(32),
                field(42),
            )
            else {
                return Err(damaged("directory entry"));
            };
            let name = bytes
                .get(at + 46..at + 46 + name_len)
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .ok_or_else(|| damaged("entry name"))?;
            entries.push(Entry {
                name,
                method,
                compressed,
                size,
                offset,
            });
            at += 46 + name_len + extra + comment;
        }
        let total: usize = entries
            .iter()
            .map(|e| e.size)
            .fold(0, usize::saturating_add);
        if total > MAX_INFLATED {
            return Err(damaged("its contents would inflate past 400 MB"));
        }
        Ok(Self { bytes, entries })
    }

    /// The names of its entries.
    #[cfg(test)]
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    /// An entry's bytes, inflated; `None` when there is no such entry.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, SheetProblem> {
        let Some(e) = self.entries.iter().find(|e| e.name == name) else {
            return Ok(None);
        };
        let b = self.bytes;
        if u32_at(b, e.offset) != Some(0x0403_4b50) {
            return Err(damaged(&format!("{name}: no entry header")));
        }
        let (Some(name_len), Some(extra)) = (u16_at(b, e.offset + 26), u16_at(b, e.offset + 28))
        else {
            return Err(damaged(name));
        };
        let start = e.offset + 30 + usize::from(name_len) + usize::from(extra);
        let data = b
            .get(start..start.saturating_add(e.compressed))
            .ok_or_else(|| damaged(&format!("{name} is cut short")))?;
        match e.method {
            0 => Ok(Some(data.to_vec())),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, e.size.max(1))
                .map(Some)
                .map_err(|_| damaged(&format!("{name} does not inflate"))),
            m => Err(damaged(&format!("{name}: compression method {m}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::zip::Zip;

    #[test]
    fn reads_back_what_the_zip_writer_stored_and_refuses_the_rest() {
        let mut z = Zip::new();
        z.add("a.xml", b"<a/>").unwrap();
        z.add("b/c.xml", "中文".as_bytes()).unwrap();
        let bytes = z.finish().unwrap();
        let a = Archive::open(&bytes).unwrap();
        assert_eq!(a.names().collect::<Vec<_>>(), ["a.xml", "b/c.xml"]);
        assert_eq!(a.read("b/c.xml").unwrap().unwrap(), "中文".as_bytes());
        assert_eq!(a.read("missing").unwrap(), None);
        assert_eq!(
            Archive::open(b"id,date\n").err(),
            Some(SheetProblem::NotAWorkbook)
        );
        let cut = &bytes[..bytes.len() - 30];
        assert!(matches!(
            Archive::open(cut).err(),
            Some(SheetProblem::Damaged(_))
        ));
    }

    #[test]
    fn reads_deflated_entries() {
        use std::io::Write;
        let text = "<sheet>".repeat(1000);
        let mut enc =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(text.as_bytes()).unwrap();
        let deflated = enc.finish().unwrap();
        let mut z = zip_with(&deflated, text.len());
        let a = Archive::open(&z).unwrap();
        assert_eq!(a.read("x.xml").unwrap().unwrap(), text.as_bytes());
        // A size in the directory smaller than the data inflates to: refused, not grown.
        let at = z.len() - 22 - (46 + 5) + 24;
        z[at..at + 4].copy_from_slice(&10u32.to_le_bytes());
        let a = Archive::open(&z).unwrap();
        assert!(a.read("x.xml").is_err());
    }

    /// A one-entry archive of deflated data.
    fn zip_with(data: &[u8], size: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let name = b"x.xml";
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(size as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        let cd = out.len();
        out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        out.extend_from_slice(&[20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(size as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0; 12]);
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(name);
        let cd_len = out.len() - cd;
        out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        out.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
        out.extend_from_slice(&(cd_len as u32).to_le_bytes());
        out.extend_from_slice(&(cd as u32).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }
}
