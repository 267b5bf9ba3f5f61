//! The TLS every vendor client speaks: rustls with the crypto provider the cargo features pick,
//! and the operating system's certificate verifier (as reqwest's own `rustls` feature sets it
//! up), handed to reqwest whole.
//!
//! Why not reqwest's `rustls` feature: it means the aws-lc-rs provider, whose C build
//! (`aws-lc-sys`) was the longest unit of a user's build (BENCHMARKS.md, "Build cost"). With
//! `rustls-no-provider`, reqwest takes the provider from the process-wide default and panics
//! building a client when none is installed; installing one is the application's business,
//! not a library's, so the provider is passed to this client explicitly and the process
//! default is neither read nor set.

use std::sync::Arc;

use rustls::crypto::CryptoProvider;
use rustls_platform_verifier::BuilderVerifierExt;

use crate::ConfigError;

#[cfg(not(any(feature = "ring", feature = "aws-lc-rs")))]
compile_error!(
    "otpkit-http needs a TLS crypto provider: enable its `ring` feature (the default) or `aws-lc-rs`"
);

/// The provider the features pick: aws-lc-rs when `aws-lc-rs` is on anywhere in the build
/// (it is the one asked for by name, `ring` being on by default), else ring.
pub(crate) fn provider() -> CryptoProvider {
    #[cfg(feature = "aws-lc-rs")]
    {
        rustls::crypto::aws_lc_rs::default_provider()
    }
    #[cfg(all(feature = "ring", not(feature = "aws-lc-rs")))]
    {
        rustls::crypto::ring::default_provider()
    }
}

/// A client configuration with [`provider`], the platform verifier, TLS 1.2 and 1.3, and the
/// ALPN protocols reqwest would offer itself (HTTP/2, then HTTP/1.1).
pub(crate) fn config() -> Result<rustls::ClientConfig, ConfigError> {
    let tls = |e: rustls::Error| ConfigError::Tls(Box::new(e));
    let mut config = rustls::ClientConfig::builder_with_provider(Arc::new(provider()))
        .with_safe_default_protocol_versions()
        .map_err(tls)?
        .with_platform_verifier()
        .map_err(tls)?
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(provider: &CryptoProvider) -> Vec<String> {
        provider
            .kx_groups
            .iter()
            .map(|g| format!("{:?}", g.name()))
            .collect()
    }

    /// The configuration carries the provider the features name (ring's and aws-lc-rs's key
    /// exchange groups differ: aws-lc-rs offers post-quantum X25519MLKEM768), with no process
    /// default installed.
    #[test]
    fn the_features_pick_the_provider() {
        assert!(CryptoProvider::get_default().is_none());
        let config = config().unwrap();
        #[cfg(feature = "aws-lc-rs")]
        let expected = rustls::crypto::aws_lc_rs::default_provider();
        #[cfg(not(feature = "aws-lc-rs"))]
        let expected = rustls::crypto::ring::default_provider();
        assert_eq!(groups(config.crypto_provider()), groups(&expected));
        assert_eq!(
            config.alpn_protocols,
            [b"h2".to_vec(), b"http/1.1".to_vec()]
        );
        assert!(CryptoProvider::get_default().is_none());
    }

    /// reqwest built without a provider of its own builds a client from this configuration,
    /// where it would panic looking for a process default.
    #[test]
    fn a_client_builds_without_a_process_default() {
        crate::client(&crate::HttpConfig::default(), &[("x-api-key", "key")]).unwrap();
        assert!(CryptoProvider::get_default().is_none());
    }
}
