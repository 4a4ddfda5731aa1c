//! Streamed bodies: [`ByteStream`] for downloads, [`Upload`] for uploads.
//! Neither ever holds a whole file in memory. Both report their progress to
//! a request's `on_progress` callback ([`TransferProgress`]).

use std::fmt;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::endpoint::Endpoint;
use crate::error::{Error, LowSpeed, PhaseBounds, Result, Site, TooSlow};

/// Buffer used when copying a download: large copies run about twice as
/// fast with 1 MiB than with `io::copy`'s 8 KiB.
const COPY_BUFFER: usize = 1 << 20;

/// Which way a transfer goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransferDirection {
    /// The body of a request: an [`Upload`], sent.
    Upload,
    /// The body of an answer: a [`ByteStream`], read (by the caller, or by
    /// the method that saves or copies it).
    Download,
}

/// What a progress callback (`.on_progress(..)` on a request) is told
/// after each chunk of an upload or a streamed download.
///
/// `done` only grows, and when `total` is known the last report of a
/// complete transfer has `done == total`. An empty body is reported once,
/// with `done == 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TransferProgress {
    /// Upload or download.
    pub direction: TransferDirection,
    /// Bytes moved so far (of the file itself: an upload's multipart framing
    /// is not counted).
    pub done: u64,
    /// The size, when known: the upload's length (files, paths, bytes,
    /// [`Upload::reader_with_len`]), or the download's announced
    /// `Content-Length` (unknown when the server compresses or chunks it).
    pub total: Option<u64>,
}

/// A request's progress callback, shared by the request value's clones.
#[derive(Clone)]
pub(crate) struct OnProgress(pub(crate) Arc<dyn Fn(TransferProgress) + Send + Sync>);

impl fmt::Debug for OnProgress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<progress callback>")
    }
}

/// Counts the bytes of one transfer and reports them.
struct Meter {
    on_progress: Option<OnProgress>,
    direction: TransferDirection,
    done: u64,
    total: Option<u64>,
    /// The end was seen (a read of 0 bytes).
    ended: bool,
}

impl Meter {
    fn new(on_progress: Option<OnProgress>, direction: TransferDirection, total: Option<u64>) -> Meter {
        Meter {
            on_progress,
            direction,
            done: 0,
            total,
            ended: false,
        }
    }

    /// After a read of `n` bytes (0: the end).
    fn advance(&mut self, n: usize) {
        let Some(f) = &self.on_progress else { return };
        if n > 0 {
            self.done += n as u64;
        } else if self.ended || self.done > 0 {
            // The last chunk was reported already.
            return;
        } else {
            self.ended = true;
        }
        (f.0)(TransferProgress {
            direction: self.direction,
            done: self.done,
            total: self.total,
        });
    }
}

/// A reader that reports what is read through it.
struct Metered<R> {
    inner: R,
    meter: Meter,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if !buf.is_empty() {
            self.meter.advance(n);
        }
        Ok(n)
    }
}

/// A reader that holds an answer to its low-speed bound: the bytes it
/// gives must add up to the bound's bytes within each window of time spent
/// waiting in its reads (time between reads, the caller's, is not
/// counted); otherwise a read fails with [`TooSlow`] (kind `TimedOut`).
/// Checked as bytes arrive: an answer that goes silent is the idle
/// bound's to cut.
pub(crate) struct SpeedChecked<R> {
    inner: R,
    bound: Option<LowSpeed>,
    /// Bytes read since the window began, and time spent waiting in reads.
    got: u64,
    waited: std::time::Duration,
}

impl<R: Read> SpeedChecked<R> {
    pub(crate) fn new(inner: R, bound: Option<LowSpeed>) -> SpeedChecked<R> {
        SpeedChecked {
            inner,
            bound,
            got: 0,
            waited: std::time::Duration::ZERO,
        }
    }
}

impl<R: Read> Read for SpeedChecked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let Some(bound) = self.bound else {
            return self.inner.read(buf);
        };
        let started = std::time::Instant::now();
        let n = self.inner.read(buf)?;
        self.got += n as u64;
        self.waited += started.elapsed();
        if self.got >= bound.bytes {
            // Enough in this window: the next one starts.
            self.got = 0;
            self.waited = std::time::Duration::ZERO;
        } else if self.waited >= bound.window && n > 0 {
            let slow = TooSlow {
                bytes: bound.bytes,
                window: bound.window,
            };
            return Err(io::Error::new(io::ErrorKind::TimedOut, slow));
        }
        Ok(n)
    }
}

/// A reader over a response body, read from the socket as you go.
///
/// Read it to the end (or drop it) before reusing the connection; an
/// unfinished stream closes its connection instead of returning it to the pool.
/// A progress callback set on the request that opened it
/// (`.on_progress(..)`) is told of each chunk read, whether through
/// [`Read`], [`copy_to`](Self::copy_to) or [`save_to`](Self::save_to).
pub struct ByteStream {
    endpoint: &'static Endpoint,
    /// The request whose answer this is, for errors.
    site: Option<Site>,
    len: Option<u64>,
    bounds: PhaseBounds,
    reader: SpeedChecked<ureq::BodyReader<'static>>,
    meter: Meter,
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("endpoint", &self.endpoint)
            .field("len", &self.len)
            .finish()
    }
}

/// The method, time bounds and request of a stream, for the errors of
/// what reads it (row iterators, which own the stream through a reader).
#[derive(Debug, Clone)]
pub(crate) struct ReadContext {
    pub(crate) endpoint: &'static Endpoint,
    bounds: PhaseBounds,
    site: Option<Site>,
}

impl ReadContext {
    /// `err`, naming the stream's request when known.
    pub(crate) fn locate(&self, err: Error) -> Error {
        match &self.site {
            Some(site) => err.located(site),
            None => err,
        }
    }

    /// An error reading the stream.
    pub(crate) fn read_error(&self, e: io::Error) -> Error {
        self.locate(Error::reading(self.endpoint, e, &self.bounds))
    }
}

impl ByteStream {
    /// `compressed`: the body has a `Content-Encoding`, so its announced
    /// length is not the length read (ureq decodes it).
    /// `bounds`: the call's time bounds, for errors.
    /// `on_progress`: the request's progress callback.
    pub(crate) fn new(
        endpoint: &'static Endpoint,
        body: ureq::Body,
        compressed: bool,
        bounds: PhaseBounds,
        on_progress: Option<OnProgress>,
    ) -> ByteStream {
        let len = if compressed { None } else { body.content_length() };
        let reader = SpeedChecked::new(body.into_with_config().limit(u64::MAX).reader(), bounds.low_speed);
        ByteStream {
            endpoint,
            site: None,
            len,
            bounds,
            reader,
            meter: Meter::new(on_progress, TransferDirection::Download, len),
        }
    }

    /// The stream of the answer to the request `site`, which its errors name.
    pub(crate) fn answering(mut self, site: Site) -> ByteStream {
        self.site = Some(site);
        self
    }

    /// An error reading the stream, naming its request when known.
    pub(crate) fn read_error(&self, e: io::Error) -> Error {
        self.context().read_error(e)
    }

    /// What the errors of a reader over this stream (rows) name.
    pub(crate) fn context(&self) -> ReadContext {
        ReadContext {
            endpoint: self.endpoint,
            bounds: self.bounds,
            site: self.site.clone(),
        }
    }

    /// The body's length, when the server announced it (and did not compress
    /// the body). A body that ends before that length is an error when read.
    pub fn content_length(&self) -> Option<u64> {
        self.len
    }

    /// Copies the rest of the body into `out` with a 1 MiB buffer, in
    /// constant memory. Returns the number of bytes copied.
    pub fn copy_to(mut self, out: &mut (impl Write + ?Sized)) -> Result<u64> {
        let mut buf = vec![0u8; COPY_BUFFER];
        let mut total = 0u64;
        loop {
            let n = match self.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(self.read_error(e)),
            };
            out.write_all(&buf[..n])
                .map_err(|e| Error::io("writing the download", e))?;
            total += n as u64;
        }
        out.flush().map_err(|e| Error::io("writing the download", e))?;
        Ok(total)
    }

    /// Writes the rest of the body to the file at `path` and returns the
    /// number of bytes written. On failure, what was at `path` before the
    /// call is left as it was:
    ///
    /// - a regular file (or no file) is replaced only by a complete
    ///   download: the body goes to a temporary file in the same directory
    ///   (`.dss-api-download-<random>.part`), which is flushed to disk and
    ///   then renamed over `path`; on failure it is removed and `path` is
    ///   untouched. A file replaced keeps its permissions (it is a new
    ///   file: hard links to the old one keep the old content). This needs
    ///   write access to the directory.
    /// - a symbolic link is followed: the file it points to is replaced as
    ///   above, and the link stays a link to it.
    /// - anything else (a device such as `/dev/null`, a FIFO) is written
    ///   directly and never removed; a failed download may have written
    ///   part of the body to it.
    pub fn save_to(self, path: impl AsRef<Path>) -> Result<u64> {
        let path = path.as_ref();
        let target = final_target(path).map_err(|e| Error::io_at("finding the download file", path, e))?;
        let replaced = match std::fs::metadata(&target) {
            Ok(m) if m.is_file() => Some(m.permissions()),
            Ok(_) => {
                // Not a regular file: written in place, never removed.
                let mut out = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&target)
                    .map_err(|e| Error::io_at("opening the download file", &target, e))?;
                return self.copy_to(&mut out).map_err(|e| e.on_file(&target));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io_at("opening the download file", &target, e)),
        };
        let (part, mut file) = PartFile::create(&target)?;
        let n = self.copy_to(&mut file).map_err(|e| e.on_file(&target))?;
        part.commit(file, &target, replaced)?;
        Ok(n)
    }
}

/// Where writing to `path` lands: `path` itself, or, for a symbolic link,
/// the file it points to, followed through any number of links (up to 40,
/// as the system does). The result may not exist yet.
fn final_target(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&at)?;
                at = match at.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(at),
        }
    }
    Err(io::Error::other(format!(
        "{}: too many levels of symbolic links",
        path.display()
    )))
}

/// The directory holding `path` (`.` for a bare file name).
fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// The temporary file a download is written to, next to its target:
/// removed when dropped unless [`commit`](Self::commit) put it in place.
struct PartFile {
    path: PathBuf,
    committed: bool,
}

impl PartFile {
    /// A new file, with a name no other file has, in the directory of
    /// `target`, and the file opened for writing.
    fn create(target: &Path) -> Result<(PartFile, File)> {
        let dir = directory_of(target);
        loop {
            let path = dir.join(format!(".dss-api-download-{:016x}.part", crate::util::random_u64()));
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(file) => {
                    let part = PartFile { path, committed: false };
                    return Ok((part, file));
                }
                // Another file has this name (unlikely): draw another.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(Error::io_at("creating the download's temporary file", &path, e)),
            }
        }
    }

    /// Flushes the file to disk and renames it over `target` (with the
    /// permissions of the file it replaces, if any), then flushes the
    /// directory where the system needs it for the rename to last.
    fn commit(mut self, file: File, target: &Path, permissions: Option<std::fs::Permissions>) -> Result<()> {
        let saving = |e| Error::io_at("saving the download", target, e);
        if let Some(p) = permissions {
            file.set_permissions(p).map_err(saving)?;
        }
        file.sync_all().map_err(saving)?;
        drop(file);
        std::fs::rename(&self.path, target).map_err(saving)?;
        self.committed = true;
        // On Unix a rename lasts once its directory is flushed too. The
        // download is in place already; a file system that refuses to
        // flush a directory leaves it as durable as it makes it.
        #[cfg(unix)]
        let _ = File::open(directory_of(target)).and_then(|d| d.sync_all());
        Ok(())
    }
}

impl Drop for PartFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl Read for ByteStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.reader.read(buf)?;
        if !buf.is_empty() {
            self.meter.advance(n);
        }
        Ok(n)
    }
}

/// What an upload sends: a reader (streamed, never read whole), a file path
/// (opened when the request is sent) or bytes. A path or bytes can be sent
/// again by a retry; a reader cannot (the request is then not retried).
///
/// Convert from a [`File`], a [`PathBuf`]/`&Path`, bytes, or wrap any reader
/// with [`Upload::reader`]. When the length is known (files, paths, bytes,
/// [`Upload::reader_with_len`]) the request carries a `Content-Length`;
/// otherwise it is sent chunked.
///
/// Where dataikuapi sends a file object as it is, the multipart part is named
/// like the file: an upload from a path carries the path's file name, and
/// [`file_name`](Upload::file_name) gives one to any upload; without one the
/// part is named `file`, as Python's `requests` names an unnamed file.
pub struct Upload {
    source: Source,
    name: Option<String>,
}

enum Source {
    /// A one-shot reader: cannot be sent twice.
    Reader(Box<dyn Read + Send>, Option<u64>),
    Path(PathBuf),
    /// Bytes in memory, shared so that a retry can send them again.
    Bytes(std::sync::Arc<[u8]>),
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Reader(_, len) => f.debug_struct("Upload").field("len", len).finish_non_exhaustive(),
            Source::Path(p) => f.debug_tuple("Upload").field(p).finish(),
            Source::Bytes(b) => f
                .debug_struct("Upload")
                .field("len", &b.len())
                .field("name", &self.name)
                .finish_non_exhaustive(),
        }
    }
}

impl Upload {
    /// Streams from any reader, of unknown length (sent chunked).
    pub fn reader(r: impl Read + Send + 'static) -> Upload {
        Upload {
            source: Source::Reader(Box::new(r), None),
            name: None,
        }
    }

    /// Streams exactly `len` bytes from a reader (sent with a
    /// `Content-Length`; a reader that ends early fails the request).
    pub fn reader_with_len(r: impl Read + Send + 'static, len: u64) -> Upload {
        Upload {
            source: Source::Reader(Box::new(r.take(len)), Some(len)),
            name: None,
        }
    }

    /// Streams a file, opened when the request is sent; a multipart part
    /// carries its file name.
    pub fn path(p: impl Into<PathBuf>) -> Upload {
        let p = p.into();
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        Upload {
            source: Source::Path(p),
            name,
        }
    }

    /// Names the file sent (the `filename` of its multipart part, where the
    /// method sends the file's own name, as dataikuapi sends a file object's).
    pub fn file_name(mut self, name: impl Into<String>) -> Upload {
        self.name = Some(name.into());
        self
    }

    /// The file's name, if it has one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// A copy to send again, unless this is a one-shot reader.
    pub(crate) fn try_clone(&self) -> Option<Upload> {
        let source = match &self.source {
            Source::Reader(..) => return None,
            Source::Path(p) => Source::Path(p.clone()),
            Source::Bytes(b) => Source::Bytes(b.clone()),
        };
        Some(Upload {
            source,
            name: self.name.clone(),
        })
    }

    /// Opens the upload as a reader and its length if known; with a
    /// progress callback, the reader reports each chunk read from it.
    pub(crate) fn open_reporting(self, on_progress: Option<OnProgress>) -> Result<(Box<dyn Read + Send>, Option<u64>)> {
        let (inner, len) = self.open()?;
        Ok(match on_progress {
            None => (inner, len),
            Some(f) => {
                let meter = Meter::new(Some(f), TransferDirection::Upload, len);
                (Box::new(Metered { inner, meter }), len)
            }
        })
    }

    /// Opens the upload; a file that cannot be opened is [`Error::Io`]
    /// naming it.
    pub(crate) fn open(self) -> Result<(Box<dyn Read + Send>, Option<u64>)> {
        match self.source {
            Source::Reader(r, len) => Ok((r, len)),
            Source::Bytes(b) => {
                let len = b.len() as u64;
                Ok((Box::new(io::Cursor::new(b)), Some(len)))
            }
            Source::Path(p) => {
                let f = File::open(&p).map_err(|e| Error::io_at("opening the upload", &p, e))?;
                Ok(file_source(f))
            }
        }
    }
}

fn file_source(f: File) -> (Box<dyn Read + Send>, Option<u64>) {
    match f.metadata() {
        Ok(m) if m.is_file() => {
            let len = m.len();
            (Box::new(f.take(len)), Some(len))
        }
        _ => (Box::new(f), None),
    }
}

impl From<File> for Upload {
    fn from(f: File) -> Upload {
        let (r, len) = file_source(f);
        Upload {
            source: Source::Reader(r, len),
            name: None,
        }
    }
}

impl From<PathBuf> for Upload {
    fn from(p: PathBuf) -> Upload {
        Upload::path(p)
    }
}

impl From<&Path> for Upload {
    fn from(p: &Path) -> Upload {
        Upload::path(p)
    }
}

impl<T: AsRef<[u8]> + Send + 'static> From<io::Cursor<T>> for Upload {
    /// What is left of the cursor, from its position on: a known length
    /// (sent with a `Content-Length`).
    fn from(c: io::Cursor<T>) -> Upload {
        let len = (c.get_ref().as_ref().len() as u64).saturating_sub(c.position());
        Upload::reader_with_len(c, len)
    }
}

impl From<&PathBuf> for Upload {
    fn from(p: &PathBuf) -> Upload {
        Upload::path(p)
    }
}

impl From<Vec<u8>> for Upload {
    fn from(v: Vec<u8>) -> Upload {
        Upload {
            source: Source::Bytes(v.into()),
            name: None,
        }
    }
}

impl From<&'static [u8]> for Upload {
    fn from(v: &'static [u8]) -> Upload {
        Upload {
            source: Source::Bytes(v.into()),
            name: None,
        }
    }
}

/// Head, file, tail.
type MultipartReader = io::Chain<io::Chain<io::Cursor<Vec<u8>>, Box<dyn Read + Send>>, io::Cursor<Vec<u8>>>;

/// A `multipart/form-data` body with one part named `file`, produced as a
/// stream: a small head, the upload's bytes, a small tail.
pub(crate) struct Multipart {
    boundary: String,
    len: Option<u64>,
    reader: MultipartReader,
}

impl Multipart {
    /// A body with the part `filename` holding `body` (`len` bytes, when
    /// known).
    pub(crate) fn new(filename: &str, body: Box<dyn Read + Send>, len: Option<u64>) -> Multipart {
        let boundary = boundary();
        let head = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
            part_filename(filename)
        )
        .into_bytes();
        let tail = format!("\r\n--{boundary}--\r\n").into_bytes();
        let len = len.map(|l| l + head.len() as u64 + tail.len() as u64);
        let reader = io::Cursor::new(head).chain(body).chain(io::Cursor::new(tail));
        Multipart { boundary, len, reader }
    }

    pub(crate) fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }

    pub(crate) fn len(&self) -> Option<u64> {
        self.len
    }
}

impl Read for Multipart {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.reader.read(buf)
    }
}

/// A file name as a multipart part header carries it: quotes and line
/// ends, which would end the header, become `_`.
pub(crate) fn part_filename(filename: &str) -> String {
    filename.replace(['"', '\r', '\n'], "_")
}

/// A boundary unlikely to occur in any file: 32 hex digits.
fn boundary() -> String {
    format!(
        "dss-api-{:016x}{:016x}",
        crate::util::random_u64(),
        crate::util::random_u64()
    )
}
