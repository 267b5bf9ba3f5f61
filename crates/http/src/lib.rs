// The crate documentation is its README, whose example runs as a doctest.
#![doc = include_str!("../README.md")]

mod tls;

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

/// Transport settings shared by every vendor client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpConfig {
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: Option<String>,
}

impl HttpConfig {
    /// Default whole-request timeout: 15 s, as progenitor's generated `Client::new` uses.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15);
    /// Default time allowed to open a connection: 5 s.
    pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

    /// Time allowed for a whole request, from connecting to the end of the response body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to open a connection (TCP and TLS).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// A `User-Agent` header. None is sent by default, like plain `reqwest`: no vendor reads
    /// it, and every header costs each request (see BENCHMARKS.md).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            timeout: Self::DEFAULT_TIMEOUT,
            connect_timeout: Self::DEFAULT_CONNECT_TIMEOUT,
            user_agent: None,
        }
    }
}

/// A vendor client could not be built from the configuration given.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A credential cannot be sent as an HTTP header. The value is left out of the message on
    /// purpose: it is a secret.
    #[error("the {header} header value is not valid: it must be visible ASCII with no line breaks")]
    InvalidHeader {
        /// The header the credential was meant for.
        header: &'static str,
    },
    /// reqwest could not build the client.
    #[error("cannot build the HTTP client: {0}")]
    Http(#[source] reqwest::Error),
    /// The TLS configuration could not be built (for example, the operating system's
    /// certificate verifier could not be set up).
    #[error("cannot set up TLS: {0}")]
    Tls(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// A `reqwest::ClientBuilder` that speaks TLS as every vendor client does (rustls with the
/// provider this crate's features pick, the operating system's verifier) and sets nothing else:
/// what `reqwest::Client::builder()` is without reqwest's own provider, for any other client
/// an application or a test builds on the same reqwest.
///
/// # Errors
///
/// [`ConfigError::Tls`] when the TLS configuration cannot be built.
pub fn builder() -> Result<reqwest::ClientBuilder, ConfigError> {
    Ok(reqwest::Client::builder().tls_backend_preconfigured(tls::config()?))
}

/// Builds the HTTP client a generated vendor `Client` runs on, sending `headers` (name, value)
/// with every request. Header values are marked sensitive.
pub fn client(
    config: &HttpConfig,
    headers: &[(&'static str, &str)],
) -> Result<reqwest::Client, ConfigError> {
    let mut map = HeaderMap::with_capacity(headers.len());
    for &(name, value) in headers {
        let mut value = HeaderValue::from_str(value)
            .map_err(|_| ConfigError::InvalidHeader { header: name })?;
        value.set_sensitive(true);
        map.insert(HeaderName::from_static(name), value);
    }
    let mut builder = builder()?
        // Never follow a redirect: reqwest strips only `Authorization` and `Cookie` when one
        // changes host, so `x-api-key`, `api-key`, `api-login` and a key in the body would
        // follow it to another host, even from https to http. A 3xx is the answer instead.
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(map)
        .timeout(config.timeout)
        .connect_timeout(config.connect_timeout);
    if let Some(user_agent) = &config.user_agent {
        builder = builder.user_agent(user_agent.as_str());
    }
    builder.build().map_err(ConfigError::Http)
}

/// A name that is not one of a vendor's settings: what each vendor crate's
/// `declared::ConfigKey::from_str` answers, naming the settings there are.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{name}` is not a setting of {vendor}; its settings are {}", known.join(", "))]
pub struct UnknownConfigKey {
    name: String,
    vendor: &'static str,
    known: &'static [&'static str],
}

impl UnknownConfigKey {
    /// `name` is none of `vendor`'s settings, which are `known`. The name is cut to 64
    /// characters: it may come from anywhere.
    pub fn new(name: &str, vendor: &'static str, known: &'static [&'static str]) -> Self {
        Self {
            name: name.chars().take(64).collect(),
            vendor,
            known,
        }
    }

    /// The name that was given (at most 64 characters of it).
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// The most of one answer a vendor client reads: OTP answers are a few hundred bytes, and a
/// hostile or broken endpoint streaming without end must not fill memory.
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// An answer went past [`MAX_ANSWER_BYTES`]; reading stopped there. It reaches the caller as
/// the `source` of the generated client's body error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the answer is larger than the {limit}-byte limit")]
pub struct AnswerTooLarge {
    /// The limit, in bytes.
    pub limit: usize,
}

impl AnswerTooLarge {
    /// The `AnswerTooLarge` somewhere in `error`'s chain of sources, if any.
    pub fn find(error: &(dyn std::error::Error + 'static)) -> Option<Self> {
        std::iter::successors(Some(error), |e| e.source()).find_map(|e| e.downcast_ref().copied())
    }
}

/// Sends `request` and hands back the answer with a body that fails, with [`AnswerTooLarge`],
/// once it passes [`MAX_ANSWER_BYTES`]: whether chunked or not, with or without a
/// `Content-Length` (a declared length over the limit fails at once, before any byte is read).
/// Every generated vendor client executes its requests through this (see [`client_hooks`]).
pub async fn execute(
    client: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let response = client.execute(request).await?;
    Ok(limit_answer(response, MAX_ANSWER_BYTES))
}

/// `response` with its body limited to `limit` bytes.
pub fn limit_answer(response: reqwest::Response, limit: usize) -> reqwest::Response {
    use futures_util::StreamExt;

    // A declared length within the limit needs no wrapping: hyper reads exactly that many
    // bytes and fails a body that runs past it. This is the common case, and costs nothing.
    if response
        .content_length()
        .is_some_and(|length| length <= limit as u64)
    {
        return response;
    }

    let mut head = http::Response::builder()
        .status(response.status())
        .version(response.version());
    if let Some(headers) = head.headers_mut() {
        *headers = response.headers().clone();
    }
    let too_large = AnswerTooLarge { limit };
    let declared_too_large = response.content_length().is_some();
    type BoxError = Box<dyn std::error::Error + Send + Sync>;
    let mut seen = 0usize;
    let body = response
        .bytes_stream()
        .map(move |chunk| -> Result<_, BoxError> {
            let chunk = chunk?;
            seen = seen.saturating_add(chunk.len());
            if declared_too_large || seen > limit {
                return Err(Box::new(too_large));
            }
            Ok(chunk)
        });
    // Stop at the first error: the rest of the answer is never read.
    let body = body.scan(false, |failed, item| {
        let stop = *failed;
        *failed |= item.is_err();
        std::future::ready((!stop).then_some(item))
    });
    match head.body(reqwest::Body::wrap_stream(body)) {
        Ok(limited) => reqwest::Response::from(limited),
        // Unreachable: the status and version come from a response that had them.
        Err(_) => unreachable_limited(too_large),
    }
}

/// An empty answer whose body fails with `too_large`: what [`limit_answer`] gives should the
/// head it copies ever be refused.
fn unreachable_limited(too_large: AnswerTooLarge) -> reqwest::Response {
    let body = futures_util::stream::once(async move {
        Err::<Vec<u8>, _>(Box::new(too_large) as Box<dyn std::error::Error + Send + Sync>)
    });
    reqwest::Response::from(http::Response::new(reqwest::Body::wrap_stream(body)))
}

/// Implements `progenitor_client::ClientHooks` for a generated vendor `Client` so that its
/// requests run through [`execute`]. Generated with `HooksMode::Expected`, the code does not
/// compile without it: one line in each vendor crate's `lib.rs`.
#[macro_export]
macro_rules! client_hooks {
    ($client:ty) => {
        impl ::progenitor_client::ClientHooks for $client {
            async fn exec(
                &self,
                request: ::reqwest::Request,
                _info: &::progenitor_client::OperationInfo,
            ) -> ::reqwest::Result<::reqwest::Response> {
                $crate::execute(::progenitor_client::ClientInfo::client(self), request).await
            }
        }
    };
}

/// The longest wait a `Retry-After` is read as: a day. A vendor (or anything in front of it)
/// may send any number; no caller should compute an instant from an unbounded one.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// The `Retry-After` header, when it holds a number of seconds (the HTTP-date form is not
/// used by any of the vendors), at most [`MAX_RETRY_AFTER`].
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(|secs| Duration::from_secs(secs).min(MAX_RETRY_AFTER))
}

/// `base_url` without trailing slashes: generated clients append paths that start with `/`.
pub fn base_url(base_url: &str) -> &str {
    base_url.trim_end_matches('/')
}

/// An error answer (HTTP 400 or above) whose body is not JSON: typically a proxy's HTML page
/// in front of the vendor. Its status is all there is to go on. The generated clients report
/// it as `Error::Custom` with this type's `Display` text, which [`NotJsonAnswer::parse`] reads
/// back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotJsonAnswer {
    /// The HTTP status.
    pub status: u16,
    /// The `Retry-After` header in seconds, when it held a number.
    pub retry_after_secs: Option<u64>,
}

const NOT_JSON_PREFIX: &str = "non-JSON answer with HTTP status ";

impl std::fmt::Display for NotJsonAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{NOT_JSON_PREFIX}{}", self.status)?;
        if let Some(secs) = self.retry_after_secs {
            write!(f, ", retry after {secs} s")?;
        }
        Ok(())
    }
}

impl std::error::Error for NotJsonAnswer {}

impl NotJsonAnswer {
    /// Reads back the `Display` text of a `NotJsonAnswer`.
    pub fn parse(message: &str) -> Option<Self> {
        let rest = message.strip_prefix(NOT_JSON_PREFIX)?;
        let (status, retry) = match rest.split_once(", retry after ") {
            Some((status, retry)) => (status, Some(retry.strip_suffix(" s")?.parse().ok()?)),
            None => (rest, None),
        };
        Some(Self {
            status: status.parse().ok()?,
            retry_after_secs: retry,
        })
    }
}

/// The post-response hook of every generated vendor client: refuses an error answer whose
/// `Content-Type` says it is not JSON, before the generated code tries to decode it as the
/// vendor's error body. A proxy's HTML 502 is then classified by its status (retryable) rather
/// than as an unreadable answer. Answers without a `Content-Type` are left to the decoder.
pub async fn check_answer(
    result: &Result<reqwest::Response, reqwest::Error>,
) -> Result<(), NotJsonAnswer> {
    let Ok(response) = result else {
        return Ok(());
    };
    let status = response.status();
    if status.as_u16() < 400 {
        return Ok(());
    }
    let headers = response.headers();
    let not_json = headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| {
            let mime = ct.split(';').next().unwrap_or_default().trim();
            !mime.eq_ignore_ascii_case("application/json")
                && !mime.to_ascii_lowercase().ends_with("+json")
        });
    if !not_json {
        return Ok(());
    }
    Err(NotJsonAnswer {
        status: status.as_u16(),
        retry_after_secs: retry_after(headers).map(|d| d.as_secs()),
    })
}

/// Decodes a generated operation's answer, as `progenitor_client::ResponseValue::from_response`
/// does, except that a success (2xx) answer must be a JSON object. Every generated vendor
/// client decodes its answers through this: `cargo xtask generate` rewrites each
/// `ResponseValue::from_response` call progenitor emits to it.
///
/// serde's derived `Deserialize` also reads a struct from a JSON array of its fields, in
/// declaration order, and neither typify nor serde can turn that off: `[null, "", "", "1000"]`
/// would read as a ShoutOUT approval. Every success body the vendors document is an object, so
/// anything else (an array, a string, a number, `null`, no body, a proxy's HTML page) fails with
/// `Error::InvalidResponsePayload`, whose `serde_json::Error` has a fixed message that quotes
/// nothing of the body (it may hold a code): [`is_not_an_object`] recognises it. Error answers
/// are decoded exactly as progenitor does.
pub async fn json_answer<T: serde::de::DeserializeOwned, E>(
    response: reqwest::Response,
) -> Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>> {
    use progenitor_client::{Error, ResponseValue};

    let status = response.status();
    let headers = response.headers().clone();
    let full = response.bytes().await.map_err(Error::ResponseBodyError)?;
    if status.is_success() && !starts_an_object(&full) {
        return Err(Error::InvalidResponsePayload(full, not_an_object()));
    }
    let inner =
        serde_json::from_slice(&full).map_err(|e| Error::InvalidResponsePayload(full, e))?;
    Ok(ResponseValue::new(inner, status, headers))
}

/// Whether the first byte of `body` after JSON whitespace opens an object.
fn starts_an_object(body: &[u8]) -> bool {
    body.iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .is_some_and(|&b| b == b'{')
}

/// The error [`json_answer`] gives for a success answer that is not a JSON object.
fn not_an_object() -> serde_json::Error {
    serde::de::Error::invalid_type(
        serde::de::Unexpected::Other("a success answer that is not a JSON object"),
        &"a JSON object",
    )
}

/// Whether `error` is the one [`json_answer`] gives for a success answer that is not a JSON
/// object (rather than a decoding error inside one).
pub fn is_not_an_object(error: &serde_json::Error) -> bool {
    error.line() == 0 && error.to_string() == not_an_object().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;
    use tokio::net::TcpListener;

    #[test]
    fn a_credential_with_a_line_break_is_refused_without_echoing_it() {
        let err = client(
            &HttpConfig::default(),
            &[("api-key", "secret\r\nX-Evil: 1")],
        )
        .unwrap_err();
        let message = err.to_string();
        assert!(message.contains("api-key"), "{message}");
        assert!(!message.contains("secret"), "{message}");
    }

    /// progenitor-client turns reqwest's TLS off; this proves the client speaks TLS: over
    /// `https://` it opens with a TLS ClientHello (record type 0x16, version 3.x) rather than
    /// failing on the scheme.
    #[tokio::test]
    async fn https_urls_start_a_tls_handshake() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let http = client(&HttpConfig::default().timeout(Duration::from_secs(5)), &[]).unwrap();
        let request =
            tokio::spawn(
                async move { http.get(format!("https://127.0.0.1:{port}/")).send().await },
            );
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut head = [0u8; 3];
        socket.read_exact(&mut head).await.unwrap();
        assert_eq!(head[0], 0x16, "TLS handshake record");
        assert_eq!(head[1], 0x03, "TLS major version");
        drop(socket);
        assert!(request.await.unwrap().is_err(), "no TLS server answered");
    }

    #[test]
    fn a_not_json_answer_reads_back_from_its_text() {
        for answer in [
            NotJsonAnswer {
                status: 502,
                retry_after_secs: None,
            },
            NotJsonAnswer {
                status: 429,
                retry_after_secs: Some(30),
            },
        ] {
            assert_eq!(NotJsonAnswer::parse(&answer.to_string()), Some(answer));
        }
        assert_eq!(NotJsonAnswer::parse("502"), None);
        assert_eq!(NotJsonAnswer::parse(&format!("{NOT_JSON_PREFIX}abc")), None);
    }

    #[test]
    fn retry_after_is_bounded() {
        let mut headers = HeaderMap::new();
        for (value, expected) in [
            ("7", Some(Duration::from_secs(7))),
            ("18446744073709551615", Some(MAX_RETRY_AFTER)),
            ("99999999999999999999", None),
            ("soon", None),
        ] {
            headers.insert(
                reqwest::header::RETRY_AFTER,
                HeaderValue::from_static(value),
            );
            assert_eq!(retry_after(&headers), expected, "{value}");
        }
    }

    #[test]
    fn no_user_agent_unless_asked_for() {
        assert_eq!(HttpConfig::default().user_agent, None);
        let config = HttpConfig::default().user_agent("acme/2");
        assert_eq!(config.user_agent.as_deref(), Some("acme/2"));
    }

    #[test]
    fn debug_output_hides_credentials() {
        let http = client(&HttpConfig::default(), &[("api-key", "hunter2-secret")]).unwrap();
        assert!(!format!("{http:?}").contains("hunter2"));
    }

    fn answer(status: u16, body: &'static str) -> reqwest::Response {
        let answer = http::Response::builder()
            .status(status)
            .header("x-answer", "kept")
            .body(body)
            .unwrap();
        reqwest::Response::from(answer)
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Check {
        sid: Option<String>,
        status: String,
    }

    /// serde reads `Check` from `[null, "approved"]`; `json_answer` does not, on any 2xx.
    #[tokio::test]
    async fn a_success_answer_that_is_not_an_object_is_refused_without_quoting_it() {
        let positional: Result<Check, _> = serde_json::from_str(r#"[null, "approved"]"#);
        assert!(positional.is_ok(), "serde reads a struct from an array");
        for status in [200, 201, 204, 299] {
            for body in [
                r#"[null, "approved"]"#,
                r#"  ["approved"]"#,
                r#""approved""#,
                "1000",
                "true",
                "null",
                "",
                " \r\n\t",
                "<html>approved</html>",
            ] {
                let error = json_answer::<Check, ()>(answer(status, body))
                    .await
                    .expect_err(body);
                let progenitor_client::Error::InvalidResponsePayload(bytes, e) = error else {
                    panic!("{status} {body:?}: {error:?}");
                };
                assert_eq!(&bytes[..], body.as_bytes(), "the body is kept");
                assert!(is_not_an_object(&e), "{status} {body:?}: {e}");
                let message = e.to_string();
                assert!(message.contains("not a JSON object"), "{message}");
                assert!(
                    !message.contains("approved") && !message.contains("1000"),
                    "{message}"
                );
            }
        }
    }

    #[tokio::test]
    async fn objects_decode_as_progenitor_decodes_them() {
        let value = json_answer::<Check, ()>(answer(201, " \n{\"status\": \"approved\"}"))
            .await
            .unwrap();
        assert_eq!(value.status(), reqwest::StatusCode::CREATED);
        assert_eq!(value.headers()["x-answer"], "kept");
        assert_eq!(
            value.into_inner(),
            Check {
                sid: None,
                status: "approved".into()
            }
        );
        // A decoding error inside an object is serde's own, with its position.
        let error = json_answer::<Check, ()>(answer(200, r#"{"status": 1}"#))
            .await
            .unwrap_err();
        let progenitor_client::Error::InvalidResponsePayload(_, e) = error else {
            panic!("{error:?}");
        };
        assert!(!is_not_an_object(&e), "{e}");
        assert_eq!(e.line(), 1);
    }

    /// Error answers are the vendor's error bodies, decoded as progenitor decodes them.
    #[tokio::test]
    async fn error_answers_are_decoded_as_they_are() {
        let value = json_answer::<Vec<u16>, ()>(answer(400, "[1, 2]"))
            .await
            .unwrap();
        assert_eq!(value.into_inner(), [1, 2]);
    }
}
