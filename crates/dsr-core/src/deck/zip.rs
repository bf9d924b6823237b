//! A ZIP archive of stored or deflated entries: the container of a .pptx deck (stored), of its embedded workbooks and of the dataset as a workbook (deflated).

/// Builds a ZIP archive in memory, entry by entry.
#[derive(Default)]
pub struct Zip {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

/// The archive is over what a ZIP without its 64-bit extension holds.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the file is too large for a ZIP archive ({what})")]
pub struct ZipError {
    pub what: &'static str,
}

fn u16le(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}

fn u32le(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}

impl Zip {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file at `name` (a path inside the archive, `/`-separated), stored.
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), ZipError> {
        self.entry(name, data, None)
    }

    /// Adds a file compressed with deflate (method 8): `deflated` is `data`
    /// compressed, as `miniz_oxide::deflate::compress_to_vec` makes it.
    pub fn add_deflated(
        &mut self,
        name: &str,
        data: &[u8],
        deflated: &[u8],
    ) -> Result<(), ZipError> {
        self.entry(name, data, Some(deflated))
    }

    fn entry(&mut self, name: &str, data: &[u8], deflated: Option<&[u8]>) -> Result<(), ZipError> {
        let too_big = |what| ZipError { what };
        let offset = u32::try_from(self.out.len()).map_err(|_| too_big("offset"))?;
        let size = u32::try_from(data.len()).map_err(|_| too_big("entry size"))?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big("name"))?;
        self.count = self.count.checked_add(1).ok_or(too_big("entries"))?;
        let crc = crc32fast::hash(data);
        let (method, stored) = match deflated {
            Some(d) => (8u16, d),
            None => (0u16, data),
        };
        let packed = u32::try_from(stored.len()).map_err(|_| too_big("entry size"))?;
        // 1 January 1980, 00:00: a fixed time, so that the same deck is the same file.
        let (time, date) = (0u16, 0x0021u16);
        let o = &mut self.out;
        u32le(o, 0x0403_4b50);
        u16le(o, 20); // version needed: 2.0
        u16le(o, 0x0800); // flags: names are UTF-8
        u16le(o, method); // 0 stored, 8 deflated
        u16le(o, time);
        u16le(o, date);
        u32le(o, crc);
        u32le(o, packed);
        u32le(o, size);
        u16le(o, name_len);
        u16le(o, 0);
        o.extend_from_slice(name.as_bytes());
        o.extend_from_slice(stored);
        let c = &mut self.central;
        u32le(c, 0x0201_4b50);
        u16le(c, 20); // made by: 2.0
        u16le(c, 20);
        u16le(c, 0x0800);
        u16le(c, method);
        u16le(c, time);
        u16le(c, date);
        u32le(c, crc);
        u32le(c, packed);
        u32le(c, size);
        u16le(c, name_len);
        u16le(c, 0); // extra
        u16le(c, 0); // comment
        u16le(c, 0); // disk
        u16le(c, 0); // internal attributes
        u32le(c, 0); // external attributes
        u32le(c, offset);
        c.extend_from_slice(name.as_bytes());
        Ok(())
    }

    /// The archive's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, ZipError> {
        let too_big = |what| ZipError { what };
        let start = u32::try_from(self.out.len()).map_err(|_| too_big("offset"))?;
        let len = u32::try_from(self.central.len()).map_err(|_| too_big("directory"))?;
        self.out.append(&mut self.central);
        let o = &mut self.out;
        u32le(o, 0x0605_4b50);
        u16le(o, 0);
        u16le(o, 0);
        u16le(o, self.count);
        u16le(o, self.count);
        u32le(o, len);
        u32le(o, start);
        u16le(o, 0);
        Ok(self.out)
    }
}
