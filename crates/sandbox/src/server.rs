//! The HTTP server: an accept loop serving each connection with hyper, so that a fault can
//! also drop a connection without answering (which an axum handler cannot do). Faults are
//! applied here, before and after the vendor routes run, and each request is logged.

use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use bytes::Bytes;
use futures_util::Stream;
use futures_util::task::AtomicWaker;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tower::ServiceExt;

use crate::faults::{FaultKind, millis};
use crate::shared::{Shared, lock};
use crate::vendors;
use crate::vendors::Vendor;

/// A client has this long to send its request headers (slow clients are cut off).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The server task; stopping it (or dropping this) closes every connection.
pub(crate) struct Handle {
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Handle {
    pub(crate) async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// The error that makes hyper close a connection without a response.
#[derive(Debug)]
struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for DropConnection {}

/// How many times a connection's socket has taken everything hyper had buffered for it: the
/// signal a [`Truncated`] body waits for, since hyper drops what it has not yet written when
/// a body fails.
#[derive(Default)]
struct Flushes {
    count: AtomicU64,
    waker: AtomicWaker,
}

impl Flushes {
    fn count(&self) -> u64 {
        self.count.load(Ordering::Acquire)
    }

    fn record(&self) {
        self.count.fetch_add(1, Ordering::Release);
        self.waker.wake();
    }

    /// Ready once a flush has completed after the `mark`th.
    fn poll_past(&self, mark: u64, cx: &mut Context<'_>) -> Poll<()> {
        if self.count() > mark {
            return Poll::Ready(());
        }
        // Registered before the second look, so that a flush in between still wakes us.
        self.waker.register(cx.waker());
        if self.count() > mark {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

/// A connection's socket, counting completed flushes. hyper flushes its socket only once
/// every byte it buffered has been written (hyper 1, `proto/h1/io.rs`, `Buffered::poll_flush`),
/// so a flush counted after a body chunk was handed to hyper means that chunk is on the wire.
struct Counted {
    stream: TcpStream,
    flushes: Arc<Flushes>,
}

impl AsyncRead for Counted {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for Counted {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let flushed = Pin::new(&mut self.stream).poll_flush(cx);
        if let Poll::Ready(Ok(())) = flushed {
            self.flushes.record();
        }
        flushed
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// The body of a [`FaultKind::TruncatedBody`] answer: the first half, then an error that makes
/// hyper close the connection. The error waits until the half has been flushed to the socket;
/// failing at once would make hyper discard the buffered headers and half, and the client
/// would see no answer instead of a short one.
struct Truncated {
    half: Option<Bytes>,
    flushes: Arc<Flushes>,
    /// The flush count when the half was handed to hyper.
    mark: u64,
}

impl Stream for Truncated {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Some(half) = self.half.take() {
            // hyper buffers a chunk as soon as this returns, before its next flush.
            self.mark = self.flushes.count();
            return Poll::Ready(Some(Ok(half)));
        }
        match self.flushes.poll_past(self.mark, cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(std::io::Error::other(
                "response truncated by an injected fault",
            )))),
            Poll::Pending => Poll::Pending,
        }
    }
}

pub(crate) async fn serve(
    addr: SocketAddr,
    shared: Arc<Shared>,
) -> std::io::Result<(SocketAddr, Handle)> {
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let own = crate::control::router()
        .merge(crate::page::router())
        .route_layer(axum::middleware::from_fn_with_state(
            shared.clone(),
            crate::origin::guard,
        ));
    let router = vendors::router()
        .merge(own)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(shared.clone());
    let (stop, mut stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        // Dropping the set (when this task ends or is aborted) aborts every connection.
        let mut connections = tokio::task::JoinSet::new();
        loop {
            tokio::select! {
                _ = &mut stopped => break,
                accepted = listener.accept() => {
                    let Ok((stream, _)) = accepted else { continue };
                    let _ = stream.set_nodelay(true);
                    let router = router.clone();
                    let shared = shared.clone();
                    let flushes = Arc::new(Flushes::default());
                    let stream = Counted { stream, flushes: flushes.clone() };
                    connections.spawn(async move {
                        let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                            handle(shared.clone(), router.clone(), flushes.clone(), request.map(Body::new))
                        });
                        let _ = hyper::server::conn::http1::Builder::new()
                            .timer(TokioTimer::new())
                            .header_read_timeout(HEADER_READ_TIMEOUT)
                            .serve_connection(TokioIo::new(stream), service)
                            .await;
                    });
                }
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
            }
        }
    });
    Ok((
        addr,
        Handle {
            stop: Some(stop),
            task: Some(task),
        },
    ))
}

async fn handle(
    shared: Arc<Shared>,
    router: Router,
    flushes: Arc<Flushes>,
    request: Request<Body>,
) -> Result<Response<Body>, DropConnection> {
    let start = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let target = Vendor::split(&path);
    if let Some((vendor, _)) = target {
        shared.count(vendor);
    }
    let fault = target.and_then(|(vendor, route)| lock(&shared.faults).take(vendor, route));
    let response = match (fault, target) {
        (Some(fault), Some((vendor, _))) => apply(fault, vendor, router, flushes, request).await,
        _ => Ok(route(router, request).await),
    };
    let status = response.as_ref().map_or(0, |r| r.status().as_u16());
    tracing::info!(
        target: "otpkit_sandbox",
        %method,
        path,
        status,
        micros = start.elapsed().as_micros() as u64,
        "request"
    );
    response
}

/// An unknown path under a vendor's prefix gets that vendor's 404 body.
async fn not_found(uri: axum::http::Uri) -> Response<Body> {
    match Vendor::split(uri.path()) {
        Some((vendor, _)) => vendor.refuse(404, "Not Found"),
        None => {
            let prefixes: Vec<&str> = Vendor::ALL.iter().map(|v| v.base_path()).collect();
            let message = format!(
                "not found: vendors are served under {}\n",
                prefixes.join(", ")
            );
            (StatusCode::NOT_FOUND, message).into_response()
        }
    }
}

/// A known path with the wrong method gets the vendor's 405 body.
async fn method_not_allowed(uri: axum::http::Uri) -> Response<Body> {
    match Vendor::split(uri.path()) {
        Some((vendor, _)) => vendor.refuse(405, "Method Not Allowed"),
        None => StatusCode::METHOD_NOT_ALLOWED.into_response(),
    }
}

async fn route(router: Router, request: Request<Body>) -> Response<Body> {
    match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

async fn apply(
    fault: FaultKind,
    vendor: Vendor,
    router: Router,
    flushes: Arc<Flushes>,
    request: Request<Body>,
) -> Result<Response<Body>, DropConnection> {
    match &fault {
        // The body may be large: log its size, not its bytes.
        FaultKind::Respond { status, body } => {
            tracing::info!(target: "otpkit_sandbox", %vendor, status, bytes = body.len(), "injecting a response")
        }
        _ => tracing::info!(target: "otpkit_sandbox", %vendor, ?fault, "injecting a fault"),
    }
    Ok(match fault {
        FaultKind::Latency { millis: ms } => {
            // The vendor acts at once, in its own task so that a client giving up does not
            // cancel it; only the answer is late.
            let handled = tokio::spawn(route(router, request));
            tokio::time::sleep(millis(ms)).await;
            handled
                .await
                .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
        FaultKind::Status { status } => vendor.refuse(status, "injected failure"),
        FaultKind::ActThenStatus { status } => {
            // The vendor's answer is dropped; only the gateway's status reaches the client.
            drop(route(router, request).await);
            vendor.refuse(status, "injected failure after the vendor acted")
        }
        FaultKind::RateLimited { retry_after_secs } => {
            let mut response = vendor.refuse(429, "Too Many Requests");
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
            response
        }
        FaultKind::MalformedJson => (
            [(header::CONTENT_TYPE, "application/json")],
            "{\"status\": 200, \"message\": ",
        )
            .into_response(),
        FaultKind::HtmlPage { status } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
            let page = format!(
                "<html><head><title>{status}</title></head><body><h1>{status}</h1><hr>nginx</body></html>"
            );
            (status, [(header::CONTENT_TYPE, "text/html")], page).into_response()
        }
        FaultKind::TruncatedBody => {
            let (mut parts, body) = route(router, request).await.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
            let body = Truncated {
                half: Some(bytes.slice(..bytes.len() / 2)),
                flushes,
                mark: 0,
            };
            Response::from_parts(parts, Body::from_stream(body))
        }
        FaultKind::DropConnection => return Err(DropConnection),
        FaultKind::Respond { status, body } => (
            StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response(),
        FaultKind::SlowBody { millis: ms } => {
            let (parts, body) = route(router, request).await.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let delayed = futures_util::stream::once(async move {
                tokio::time::sleep(millis(ms)).await;
                Ok::<_, std::io::Error>(bytes)
            });
            Response::from_parts(parts, Body::from_stream(delayed))
        }
    })
}
