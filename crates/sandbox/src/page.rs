//! The inbox as a web page, at `/` and `/_sandbox/`: every asset is embedded in the crate (no
//! CDN, no external font), scripts are files of their own, and a Content-Security-Policy lets
//! the page load nothing but them and talk to nothing but the sandbox. It sits behind the
//! same guard as the control routes (`origin.rs`).

use std::sync::Arc;

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::shared::Shared;

const INDEX: &str = include_str!("page/index.html");
const APP: &str = include_str!("page/app.js");
const STYLE: &str = include_str!("page/style.css");

/// The page may load its own files and talk to its own origin, and nothing else.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
    connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/", get(index))
        .route("/_sandbox/", get(index))
        .route("/_sandbox/assets/app.js", get(app))
        .route("/_sandbox/assets/style.css", get(style))
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, POLICY),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

async fn index() -> Response {
    asset("text/html; charset=utf-8", INDEX)
}

async fn app() -> Response {
    asset("text/javascript; charset=utf-8", APP)
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", STYLE)
}
