//! The site's static files (hydrate bundle, stylesheet, icons, service worker), read into memory
//! once at start-up and served as they are.
//!
//! Why in memory: the files a running server hands out must belong to the pages it renders.
//! A rebuild in the same checkout replaces `target/site`; a server that read the disk on every
//! request would then serve a new bundle to pages rendered for the old one. Why precompressed:
//! compressing the wasm again for every download cost ~100 ms of CPU each; the build writes
//! `.gz` and `.br` next to every file (scripts/build-site.sh) and they are sent unchanged.
//!
//! Bundle files get a content hash in their public name (`/pkg/accredit_io.3f2a….wasm`) and are
//! cached for a year as immutable; the plain name still answers, revalidated on every use.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// One file and the compressed copies the build wrote beside it.
#[derive(Debug)]
struct Asset {
    identity: Bytes,
    gzip: Option<Bytes>,
    brotli: Option<Bytes>,
    content_type: &'static str,
    /// Strong validator: the first 16 hex digits of the SHA-256 of `identity`.
    hash: String,
}

/// Which copy a request receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The site's static files by public path (`/pkg/accredit_io.js`, `/favicon.svg`).
#[derive(Debug, Default)]
pub struct StaticAssets {
    files: HashMap<String, Arc<Asset>>,
    /// Content-hashed alias → plain path.
    hashed: HashMap<String, String>,
}

/// Per site root: the test suite builds many routers in one process and must not read (or
/// hold) the bundle once per router.
static LOADED: LazyLock<Mutex<HashMap<PathBuf, Arc<StaticAssets>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// Files under `pkg/` whose public name carries the content hash. Others (wasm-bindgen's
/// snippets, the service worker, icons) keep their names: something else refers to them by it.
const HASHED: [&str; 3] = ["js", "wasm", "css"];

impl StaticAssets {
    /// The files under `site_root`, read once per process. A missing directory gives an empty
    /// set (server tests run without a built site); pages then name the plain bundle paths.
    pub fn load(site_root: &Path) -> Arc<Self> {
        let mut loaded = LOADED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        loaded
            .entry(site_root.to_path_buf())
            .or_insert_with(|| {
                let assets = Self::read(site_root);
                tracing::info!(files = assets.files.len(), root = %site_root.display(), "static assets loaded");
                Arc::new(assets)
            })
            .clone()
    }

    fn read(site_root: &Path) -> Self {
        let mut assets = Self::default();
        let mut stack = vec![site_root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let Some(ext) = path.extension().and_then(|e| e.to_str()) else { continue };
                if ext == "gz" || ext == "br" {
                    continue;
                }
                let Ok(relative) = path.strip_prefix(site_root) else { continue };
                let public = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
                let Ok(identity) = std::fs::read(&path) else { continue };
                let sibling = |suffix: &str| {
                    let mut name = path.as_os_str().to_owned();
                    name.push(suffix);
                    std::fs::read(PathBuf::from(name)).ok().map(Bytes::from)
                };
                let hash = hex::encode(Sha256::digest(&identity))[..16].to_owned();
                let asset = Asset {
                    gzip: sibling(".gz"),
                    brotli: sibling(".br"),
                    identity: Bytes::from(identity),
                    content_type: content_type(ext),
                    hash,
                };
                if public.starts_with("/pkg/") && HASHED.contains(&ext) {
                    assets.hashed.insert(hashed_name(&public, &asset.hash), public.clone());
                }
                assets.files.insert(public, Arc::new(asset));
            }
        }
        assets
    }

    /// The public URL of a file: the content-hashed one for bundle files, else the plain path.
    pub fn url(&self, path: &str) -> String {
        match self.files.get(path) {
            Some(asset) if self.hashed.contains_key(&hashed_name(path, &asset.hash)) => {
                hashed_name(path, &asset.hash)
            }
            _ => path.to_owned(),
        }
    }

    /// The URLs the page shell names.
    pub fn bundle_urls(&self, output_name: &str) -> app::bundle::BundleUrls {
        app::bundle::BundleUrls {
            js: self.url(&format!("/pkg/{output_name}.js")),
            wasm: self.url(&format!("/pkg/{output_name}.wasm")),
            css: self.url(&format!("/pkg/{output_name}.css")),
            questionnaire: self.script_urls(app::islands::IslandPage::Questionnaire),
            workspace: self.script_urls(app::islands::IslandPage::Workspace),
        }
    }

    fn script_urls(&self, page: app::islands::IslandPage) -> app::bundle::ScriptUrls {
        let plain = app::bundle::ScriptUrls::plain(page.output_name());
        app::bundle::ScriptUrls { js: self.url(&plain.js), wasm: self.url(&plain.wasm) }
    }

    /// The response for `path`, or `None` when it is not a static file.
    pub fn respond(&self, path: &str, headers: &HeaderMap) -> Option<Response> {
        let (asset, immutable) = match self.hashed.get(path) {
            Some(plain) => (self.files.get(plain)?, true),
            None => (self.files.get(path)?, false),
        };
        let etag = format!("\"{}\"", asset.hash);
        let cache = if immutable {
            "public, max-age=31536000, immutable"
        } else {
            // Plain names may change with the next build: always ask first.
            "no-cache"
        };
        let mut response = if if_none_match(headers, &etag) {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let accept = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok());
            let offered = [
                (Encoding::Brotli, asset.brotli.is_some()),
                (Encoding::Gzip, asset.gzip.is_some()),
            ];
            let encoding = choose_encoding(accept.unwrap_or(""), &offered);
            let (body, coding) = match encoding {
                Encoding::Brotli => (asset.brotli.clone(), Some("br")),
                Encoding::Gzip => (asset.gzip.clone(), Some("gzip")),
                Encoding::Identity => (None, None),
            };
            let body = body.unwrap_or_else(|| asset.identity.clone());
            let mut response = Response::new(Body::from(body));
            let h = response.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
            if let Some(coding) = coding {
                h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
            }
            response
        };
        let h = response.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if let Ok(value) = HeaderValue::from_str(&etag) {
            h.insert(header::ETAG, value);
        }
        Some(response)
    }
}

/// `/pkg/accredit_io.wasm` + `3f2a…` → `/pkg/accredit_io.3f2a….wasm`.
fn hashed_name(path: &str, hash: &str) -> String {
    match path.rsplit_once('.') {
        Some((stem, ext)) if !stem.ends_with('/') => format!("{stem}.{hash}.{ext}"),
        _ => format!("{path}.{hash}"),
    }
}

fn content_type(ext: &str) -> &'static str {
    match ext {
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

/// The best encoding the client accepts (RFC 9110 §12.5.3) among those we have; brotli before
/// gzip at equal weight; otherwise the file as it is (no browser refuses that for static files).
pub fn choose_encoding(accept_encoding: &str, offered: &[(Encoding, bool)]) -> Encoding {
    let weight = |name: &str| -> f32 {
        let mut star = None;
        for part in accept_encoding.split(',') {
            let mut pieces = part.split(';');
            let coding = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            if coding.eq_ignore_ascii_case(name) {
                return q;
            }
            if coding == "*" {
                star = Some(q);
            }
        }
        star.unwrap_or(0.0)
    };
    let mut best = (Encoding::Identity, 0.0_f32);
    for (encoding, available) in offered {
        if !available {
            continue;
        }
        let name = match encoding {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
            Encoding::Identity => continue,
        };
        let q = weight(name);
        if q > best.1 {
            best = (*encoding, q);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: [(Encoding, bool); 2] = [(Encoding::Brotli, true), (Encoding::Gzip, true)];

    #[test]
    fn encoding_follows_the_client() {
        assert_eq!(choose_encoding("gzip, deflate, br, zstd", &BOTH), Encoding::Brotli);
        assert_eq!(choose_encoding("gzip, deflate", &BOTH), Encoding::Gzip);
        assert_eq!(choose_encoding("br;q=0.5, gzip", &BOTH), Encoding::Gzip);
        assert_eq!(choose_encoding("", &BOTH), Encoding::Identity);
        assert_eq!(choose_encoding("identity", &BOTH), Encoding::Identity);
        assert_eq!(choose_encoding("*", &BOTH), Encoding::Brotli);
        assert_eq!(choose_encoding("br;q=0, *;q=0.5", &BOTH), Encoding::Gzip);
        assert_eq!(choose_encoding("GZIP", &BOTH), Encoding::Gzip);
        // Only what the build wrote can be sent.
        assert_eq!(
            choose_encoding("br", &[(Encoding::Brotli, false), (Encoding::Gzip, true)]),
            Encoding::Identity
        );
    }

    #[test]
    fn hashed_names_keep_the_extension() {
        assert_eq!(hashed_name("/pkg/accredit_io.wasm", "ab12"), "/pkg/accredit_io.ab12.wasm");
        assert_eq!(hashed_name("/pkg/noext", "ab12"), "/pkg/noext.ab12");
    }

    #[test]
    fn bundle_files_are_served_precompressed_under_a_hashed_name() {
        let dir = std::env::temp_dir().join(format!("assets-test-{}", std::process::id()));
        let pkg = dir.join("pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        std::fs::write(pkg.join("site.wasm"), b"wasm bytes").unwrap();
        std::fs::write(pkg.join("site.wasm.gz"), b"gzipped").unwrap();
        std::fs::write(dir.join("favicon.svg"), b"<svg/>").unwrap();
        let assets = StaticAssets::read(&dir);
        let url = assets.url("/pkg/site.wasm");
        assert!(url.starts_with("/pkg/site.") && url.ends_with(".wasm") && url.len() > 20, "{url}");

        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip, br"));
        let response = assets.respond(&url, &headers).unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let h = response.headers();
        assert_eq!(h[header::CONTENT_ENCODING], "gzip");
        assert_eq!(h[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(h[header::CACHE_CONTROL], "public, max-age=31536000, immutable");

        // The plain name answers too, revalidated; a matching validator gets 304.
        let plain = assets.respond("/pkg/site.wasm", &HeaderMap::new()).unwrap();
        assert_eq!(plain.headers()[header::CACHE_CONTROL], "no-cache");
        let etag = plain.headers()[header::ETAG].clone();
        let mut conditional = HeaderMap::new();
        conditional.insert(header::IF_NONE_MATCH, etag);
        let again = assets.respond("/pkg/site.wasm", &conditional).unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

        // Files outside pkg keep their names; unknown paths are not ours.
        assert_eq!(assets.url("/favicon.svg"), "/favicon.svg");
        assert!(assets.respond("/favicon.svg", &HeaderMap::new()).is_some());
        assert!(assets.respond("/pkg/other.wasm", &HeaderMap::new()).is_none());
        std::fs::remove_dir_all(&dir).ok();
    }
}
