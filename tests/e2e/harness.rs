//! Test harness: a static server for `dist/`, ChromeDriver, and a headless Chromium session.
//!
//! Every test gets its own server (on a free port) and browser, and both are
//! stopped when the `Session` is dropped, even if the test fails.

use std::io::Read;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty folder for a test's downloads: `target/e2e-downloads/<name>`.
pub fn downloads(name: &str) -> PathBuf {
    let dir = root().join("target/e2e-downloads").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "xml" => "application/atom+xml; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Where the server also serves `dist/`, as a host serving the site from a folder.
pub const SUB_PATH: &str = "/sites/dsr-tracker/";

/// A static file server for `dist/` (at `/` and under [`SUB_PATH`]), plus test fixtures under `/fixtures/`.
pub struct Server {
    pub port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    site: Arc<Site>,
}

impl Server {
    #[allow(dead_code)] // the browser benchmark shares this harness
    pub fn start() -> Server {
        Self::start_slow(None)
    }

    /// A server that waits `wasm_delay` before answering for the main
    /// `.wasm` module, so that a test can act on the page before the app is
    /// ready (the lazily loaded chunks come at once).
    pub fn start_slow(wasm_delay: Option<Duration>) -> Server {
        Self::start_with(wasm_delay, false)
    }

    /// With `gzip`, text and WASM are sent gzip-encoded to a client that
    /// accepts it, as a static host sends them (for the benchmarks).
    pub fn start_with(wasm_delay: Option<Duration>, gzip: bool) -> Server {
        let dist = root().join("dist");
        assert!(
            dist.join("index.html").exists(),
            "dist/index.html is missing: run `trunk build --release --offline` first (scripts/test.sh does)"
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the static server");
        let port = listener.local_addr().expect("an address").port();
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener");
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let site = Arc::new(Site {
            dist: std::sync::RwLock::new(dist),
            offline: AtomicBool::new(false),
            fixtures: root().join("tests/fixtures"),
            bench: root().join("target/bench-data"),
            wasm_delay,
            gzip,
        });
        // HTTP/1.1 with keep-alive, each connection on its own thread, as a
        // static host serves a page that fetches many files at once.
        let serving = site.clone();
        let thread = std::thread::spawn(move || {
            while !stopping.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let site = serving.clone();
                        std::thread::spawn(move || site.serve(stream));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Server {
            port,
            stop,
            thread: Some(thread),
            site,
        }
    }

    /// With `true`, every request is dropped unanswered, on open connections
    /// too, as when the network is gone (the browser still thinks it is online).
    #[allow(dead_code)] // the browser benchmark shares this harness
    pub fn set_offline(&self, offline: bool) {
        self.site.offline.store(offline, Ordering::Relaxed);
    }

    /// Serves another build from now on, as a host does after a deploy.
    #[allow(dead_code)] // the browser benchmark shares this harness
    pub fn set_dist(&self, dist: PathBuf) {
        *self.site.dist.write().expect("the site's folder") = dist;
    }

    pub fn url(&self, path: &str) -> String {
        format!(
            "http://127.0.0.1:{}/{}",
            self.port,
            path.trim_start_matches('/')
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// What the static server serves, and how.
struct Site {
    dist: std::sync::RwLock<PathBuf>,
    offline: AtomicBool,
    fixtures: PathBuf,
    bench: PathBuf,
    wasm_delay: Option<Duration>,
    gzip: bool,
}

impl Site {
    /// Answers the requests of one connection until the client closes it.
    fn serve(&self, stream: std::net::TcpStream) {
        use std::io::{BufRead, BufReader, Write};
        let _ = stream.set_nonblocking(false);
        let _ = stream.set_nodelay(true);
        let Ok(mut out) = stream.try_clone() else {
            return;
        };
        let mut reader = BufReader::new(stream);
        loop {
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
                return;
            }
            let mut accepts_gzip = false;
            let mut close = false;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                let lower = line.to_ascii_lowercase();
                if lower.starts_with("accept-encoding:") && lower.contains("gzip") {
                    accepts_gzip = true;
                }
                if lower.starts_with("connection:") && lower.contains("close") {
                    close = true;
                }
            }
            if self.offline.load(Ordering::Relaxed) {
                return;
            }
            let target = request_line.split(' ').nth(1).unwrap_or("/");
            let (status, kind, encoding, body) = self.answer(target, accepts_gzip);
            let mut head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n",
                body.len()
            );
            if let Some(e) = encoding {
                head.push_str(&format!("Content-Encoding: {e}\r\n"));
            }
            head.push_str(if close {
                "Connection: close\r\n\r\n"
            } else {
                "\r\n"
            });
            if out.write_all(head.as_bytes()).is_err() || out.write_all(&body).is_err() {
                return;
            }
            let _ = out.flush();
            if close {
                return;
            }
        }
    }

    /// The status line, content type, encoding and body for a request target.
    fn answer(
        &self,
        target: &str,
        accepts_gzip: bool,
    ) -> (&'static str, &'static str, Option<&'static str>, Vec<u8>) {
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let path = percent_decode(path);
        let dist = self.dist.read().map(|d| d.clone()).unwrap_or_default();
        if let (Some(delay), true) = (
            self.wasm_delay,
            path.ends_with("_bg.wasm") || path.ends_with("_bg.bin"),
        ) {
            std::thread::sleep(delay);
        }
        let file = if let Some(rest) = path.strip_prefix("/fixtures/") {
            self.fixtures.join(rest)
        } else if let Some(rest) = path.strip_prefix("/bench/") {
            self.bench.join(rest)
        } else if let Some(rest) = path.strip_prefix(SUB_PATH) {
            // The site as a host serves it from a folder of its own.
            if rest.is_empty() || rest.ends_with('/') {
                dist.join(rest).join("index.html")
            } else {
                dist.join(rest)
            }
        } else if path.ends_with('/') {
            dist.join(path.trim_start_matches('/')).join("index.html")
        } else {
            dist.join(path.trim_start_matches('/'))
        };
        let safe = !path.split('/').any(|s| s == "..");
        match (safe, std::fs::read(&file)) {
            (true, Ok(bytes)) => {
                let kind = content_type(&file);
                let compressible = kind != "image/png" && kind != "application/octet-stream";
                if self.gzip && accepts_gzip && compressible {
                    use std::io::Write as _;
                    let mut enc =
                        flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                    enc.write_all(&bytes).expect("gzip");
                    ("200 OK", kind, Some("gzip"), enc.finish().expect("gzip"))
                } else {
                    ("200 OK", kind, None, bytes)
                }
            }
            _ => (
                "404 Not Found",
                "text/plain; charset=utf-8",
                None,
                b"not found".to_vec(),
            ),
        }
    }
}

/// ChromeDriver in its own process group, killed with its browsers on drop.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Driver {
        let port = free_port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start chromedriver (scripts/setup.sh --browser installs it)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let pgid = self.child.id();
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{pgid}")])
            .status();
        let _ = self.child.wait();
    }
}

/// Options for a browser session.
#[derive(Clone, Debug)]
pub struct Options {
    pub width: u32,
    pub height: u32,
    /// Emulate `prefers-color-scheme: dark`.
    pub dark: bool,
    /// Directory where downloads land.
    pub downloads: Option<PathBuf>,
    /// Report exact JS heap sizes (`performance.memory`), for benchmarks.
    pub precise_memory: bool,
    /// Run the page's JavaScript (and so the app) at all.
    pub javascript: bool,
    /// Hold the WASM back this long, to act on the page before the app is ready.
    pub wasm_delay: Option<Duration>,
    /// Send text and WASM gzip-encoded, as a static host does.
    pub gzip: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            width: 1280,
            height: 900,
            dark: false,
            downloads: None,
            precise_memory: false,
            javascript: true,
            wasm_delay: None,
            gzip: false,
        }
    }
}

/// A server and a browser for one test.
pub struct Session {
    pub client: Client,
    pub server: Server,
    _driver: Driver,
}

impl Session {
    pub async fn start() -> Session {
        Self::start_with(Options::default()).await
    }

    pub async fn start_with(opts: Options) -> Session {
        let server = Server::start_with(opts.wasm_delay, opts.gzip);
        let driver = Driver::start();
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-gpu".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--disable-extensions".to_owned(),
            format!("--window-size={},{}", opts.width, opts.height),
        ];
        if opts.precise_memory {
            args.push("--enable-precise-memory-info".to_owned());
        }
        if opts.dark {
            args.push("--force-dark-mode".to_owned());
            args.push("--blink-settings=preferredColorScheme=0".to_owned());
        }
        let mut chrome = json!({ "binary": "/usr/bin/chromium", "args": args });
        let mut prefs = serde_json::Map::new();
        if let Some(dir) = &opts.downloads {
            prefs.insert(
                "download.default_directory".into(),
                json!(dir.to_string_lossy()),
            );
            prefs.insert("download.prompt_for_download".into(), json!(false));
        }
        if !opts.javascript {
            prefs.insert(
                "profile.managed_default_content_settings.javascript".into(),
                json!(2),
            );
        }
        if !prefs.is_empty() {
            chrome["prefs"] = serde_json::Value::Object(prefs);
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert("goog:chromeOptions".into(), chrome);
        caps.insert(
            "goog:loggingPrefs".into(),
            json!({ "browser": "ALL", "performance": "ALL" }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .expect("a WebDriver session");
        let session = Session {
            client,
            server,
            _driver: driver,
        };
        // Chromium's windows are at least 500 px wide, so a phone's viewport is
        // emulated (as DevTools' device mode does); it holds across navigations.
        if opts.width < 500 {
            session
                .cdp(
                    "Emulation.setDeviceMetricsOverride",
                    json!({ "width": opts.width, "height": opts.height, "deviceScaleFactor": 1, "mobile": true }),
                )
                .await;
        }
        session
    }

    /// Opens `path` without waiting for the app (for a page without
    /// JavaScript, or one whose app is held back).
    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&self.server.url(path))
            .await
            .expect("navigate");
    }

    /// Saves a screenshot of the window as a PNG.
    pub async fn screenshot(&self, path: &Path) {
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(path, png).expect("write the screenshot");
    }

    /// Opens `path` (relative to the site root, e.g. `?q=cable`) and waits for the app.
    pub async fn open(&self, path: &str) {
        self.client
            .goto(&self.server.url(path))
            .await
            .expect("navigate");
        self.wait_ready().await;
    }

    /// Waits until the app has taken over from the first view and left its
    /// loading states (dashboard or error shown, the view's lazily loaded
    /// part in place), or has panicked.
    pub async fn wait_ready(&self) {
        self.wait_for_js("return !!document.querySelector('#panic-panel') || (document.documentElement.dataset.entry === 'live' && !!document.querySelector('#app [data-testid=dashboard], #app [data-testid=embed], #app [data-testid=load-error]') && !document.querySelector('[data-testid=part-loading]'))")
            .await;
    }

    /// Waits until `script` returns true (up to 10 s).
    pub async fn wait_for_js(&self, script: &str) {
        assert!(
            self.try_wait_for_js(script, 10).await,
            "timed out waiting for: {script}"
        );
    }

    /// Waits up to `secs` seconds until `script` returns true; says whether it did.
    pub async fn try_wait_for_js(&self, script: &str, secs: u64) -> bool {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            // A script that throws (say, on an element not drawn yet) is "not yet".
            let v = self.client.execute(script, vec![]).await;
            if matches!(v, Ok(Value::Bool(true))) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("run script")
    }

    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Scrolls the element to the middle of the viewport (clear of sticky
    /// headers, as a reader would see it) and clicks it.
    pub async fn click(&self, css: &str) {
        let el = self.find(css).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'}); return true",
                vec![serde_json::to_value(&el).expect("element")],
            )
            .await
            .expect("scroll");
        el.click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find_all")
            .len()
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("text")
    }

    /// Waits until the count reads `n`.
    pub async fn wait_shown(&self, n: usize) {
        let script = format!(
            "const t = document.querySelector('[data-testid=count]'); return !!t && (t.textContent.replace(/,/g,'').match(/\\d+/) || [])[0] === '{n}'"
        );
        self.wait_for_js(&script).await;
    }

    /// Clicks "Show more" until the timeline draws every milestone that passes.
    pub async fn show_all(&self) {
        while self.count("#app [data-testid=show-more]").await > 0 {
            let before = self.count("#app [data-testid=milestone]").await;
            self.click("#app [data-testid=show-more]").await;
            self.wait_for_js(&format!(
                "return document.querySelectorAll('#app [data-testid=milestone]').length > {before}"
            ))
            .await;
        }
    }

    /// Messages the page wrote to the console at level SEVERE.
    pub async fn console_errors(&self) -> Vec<String> {
        // A log that cannot be read is a failure, never "no errors".
        let logs = self
            .client
            .issue_cmd(GetLog("browser"))
            .await
            .unwrap_or_else(|e| panic!("the browser's log cannot be read: {e}"));
        let Some(entries) = logs.as_array() else {
            panic!("the browser's log is not a list of entries: {logs}");
        };
        entries
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| {
                e["message"]
                    .as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| panic!("a log entry without a message: {e}"))
            })
            .collect()
    }

    /// Every URL the browser requested since the last call (from the
    /// DevTools performance log).
    pub async fn requested_urls(&self) -> Vec<String> {
        self.requests()
            .await
            .into_iter()
            .map(|(url, _)| url)
            .collect()
    }

    /// Every request the browser made since the last call (from the DevTools
    /// performance log): its URL and what started it (`parser` for the
    /// page's own tags, `script` for a script's, and so on).
    pub async fn requests(&self) -> Vec<(String, String)> {
        let logs = self
            .client
            .issue_cmd(GetLog("performance"))
            .await
            .unwrap_or_else(|e| panic!("the performance log cannot be read: {e}"));
        logs.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e["message"].as_str())
                    .filter_map(|m| serde_json::from_str::<Value>(m).ok())
                    .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
                    .filter_map(|m| {
                        let params = &m["message"]["params"];
                        params["request"]["url"].as_str().map(|url| {
                            let by = params["initiator"]["type"].as_str().unwrap_or("");
                            (url.to_owned(), by.to_owned())
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Presses a key in the focused element.
    pub async fn press(&self, key: fantoccini::key::Key) {
        let el = self
            .client
            .active_element()
            .await
            .expect("a focused element");
        el.send_keys(&key.to_string()).await.expect("send key");
    }

    /// Grants a permission (`clipboard-read`, `clipboard-write`) to the page's origin.
    pub async fn grant(&self, permission: &'static str) {
        self.client
            .issue_cmd(SetPermission(permission))
            .await
            .unwrap_or_else(|e| panic!("grant {permission}: {e}"));
    }

    /// Waits for a file to appear in `dir` (a finished download) and returns its bytes.
    pub async fn wait_for_file(&self, path: &Path) -> Vec<u8> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(bytes) = std::fs::read(path) {
                if !bytes.is_empty() {
                    return bytes;
                }
            }
            let listing: Vec<String> = path
                .parent()
                .and_then(|d| std::fs::read_dir(d).ok())
                .map(|r| {
                    r.filter_map(|e| e.ok())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default();
            assert!(
                Instant::now() < deadline,
                "no file {} (found {listing:?})",
                path.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits for a download of a file ending in `.ext` in `dir` that is not
    /// among `except`, written in full, and returns its path.
    pub async fn wait_for_download(&self, dir: &Path, ext: &str, except: &[PathBuf]) -> PathBuf {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let found = std::fs::read_dir(dir).ok().and_then(|entries| {
                entries.filter_map(|e| e.ok()).map(|e| e.path()).find(|p| {
                    !except.contains(p)
                        && p.extension().is_some_and(|x| x == ext)
                        && std::fs::metadata(p).is_ok_and(|m| m.len() > 0)
                })
            });
            if let Some(p) = found {
                return p;
            }
            assert!(
                Instant::now() < deadline,
                "no .{ext} file was downloaded into {}",
                dir.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Sends a Chrome DevTools Protocol command to the page's tab.
    pub async fn cdp(&self, cmd: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp(cmd, params))
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// WebDriver `POST /session/{id}/permissions` (Permissions API extension).
#[derive(Debug)]
struct SetPermission(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for SetPermission {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/permissions", session_id.unwrap_or("")))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(format!(
                r#"{{"descriptor":{{"name":"{}"}},"state":"granted"}}"#,
                self.0
            )),
        )
    }
}

/// ChromeDriver's `POST /session/{id}/goog/cdp/execute`: a Chrome DevTools Protocol command.
#[derive(Debug)]
pub struct Cdp(pub &'static str, pub Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or("")
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.0, "params": self.1 }).to_string()),
        )
    }
}

/// ChromeDriver's `POST /session/{id}/se/log` for the browser or performance log.
#[derive(Debug)]
struct GetLog(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for GetLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or("")))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(format!(r#"{{"type":"{}"}}"#, self.0)),
        )
    }
}

/// The bundled dataset, read directly (not through the app's code) so that
/// tests compute their expected counts independently.
pub fn dataset() -> Value {
    let mut text = String::new();
    std::fs::File::open(root().join("public/data/dsr.json"))
        .and_then(|mut f| f.read_to_string(&mut text))
        .expect("read dsr.json");
    serde_json::from_str(&text).expect("parse dsr.json")
}

/// The bundled dataset's identity, read directly: its version, its update
/// day as written in the file and as the app shows it ("1 Dec 2026"), and
/// its coverage as it appears in file names ("2013-2026").
pub struct Meta {
    pub version: String,
    pub updated: String,
    pub updated_human: String,
    pub coverage: String,
}

pub fn meta() -> Meta {
    let ds = dataset();
    let m = &ds["meta"];
    let updated = m["updated"].as_str().expect("meta.updated").to_owned();
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<usize> = updated.split('-').map(|p| p.parse().unwrap()).collect();
    Meta {
        version: m["version"].as_str().expect("meta.version").to_owned(),
        updated_human: format!("{} {} {}", parts[2], months[parts[1] - 1], parts[0]),
        updated,
        coverage: format!("{}-{}", m["coverage"]["from"], m["coverage"]["to"]),
    }
}

/// The bundled country list, read directly.
pub fn countries() -> Value {
    let text = std::fs::read_to_string(root().join("public/data/countries.json"))
        .expect("read countries.json");
    serde_json::from_str(&text).expect("parse countries.json")
}
