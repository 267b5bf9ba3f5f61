//! [`Received`]: a request a vendor posted (a delivery report), as the vendors' parsers read
//! it. Its own module, so that the webhook, which calls the parsers, and the vendor modules,
//! which hold them, both import it from below.

/// What a parser reads of a received request.
pub(crate) struct Received<'a> {
    /// The URL's query string, where the vendor's reports are authenticated by a token in it.
    #[cfg_attr(not(feature = "octopush"), allow(dead_code))]
    pub query: Option<&'a str>,
    pub headers: &'a http::HeaderMap,
    pub body: &'a [u8],
}
