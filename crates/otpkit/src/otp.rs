//! [`Otp`]: the handle applications hold, and the trust boundary: the ids it hands out are
//! sealed, and the ones it is given back are opened and checked against the destination the
//! application expects before any provider sees them.

use std::sync::Arc;

use crate::capabilities::Capabilities;
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::report::{Balance, DeliveryReport, Health};
use crate::request::SendRequest;
use crate::seal::{IdSeal, destination_of, same_destination};
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification, VerificationId, VerifyRequest};

/// The longest destination a sealed id holds, in bytes (an e-mail address is at most 254).
const MAX_DESTINATION_BYTES: usize = 255;

/// The handle most applications hold: any [`OtpProvider`] (one vendor or a [`Router`]), with
/// the [`IdSeal`] that seals the ids it issues. Cheap to clone and share between tasks.
///
/// - [`Otp::send`] seals the provider's id together with the destination and the time, so the
///   id can be handed to a browser: nobody can read it (a pipwave id carries the number), alter
///   it or make one.
/// - [`Otp::verify`] opens the id, refuses it unless it was sent to the request's
///   [destination](VerifyRequest::destination), and only then asks the provider. An `Approved`
///   therefore means: this code, for this number, from a verification this application started.
///
/// [`Router`]: crate::Router
#[derive(Clone, Debug)]
pub struct Otp {
    provider: Arc<dyn OtpProvider>,
    seal: IdSeal,
}

impl Otp {
    /// A handle over `provider`, sealing ids with `seal` (see [`IdSeal::from_env`]).
    pub fn new(provider: impl OtpProvider + 'static, seal: IdSeal) -> Self {
        Self::shared(Arc::new(provider), seal)
    }

    /// A handle over a provider already shared elsewhere.
    pub fn shared(provider: Arc<dyn OtpProvider>, seal: IdSeal) -> Self {
        Self { provider, seal }
    }

    /// A [`Router`](crate::Router) over every built-in vendor whose credentials are in the
    /// environment, with its default routes ([`vendors::router`](crate::vendors::router)), and
    /// the id seal `OTPKIT_ID_SECRET` configures ([`IdSeal::from_env`]). A [`Error::Config`]
    /// naming the variable when no vendor, or no id secret, is configured.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(crate::config::Vars::process)
    }

    /// As [`Otp::from_env`], with each variable looked up through `vars` (a map, a
    /// configuration file, a secrets store) instead of the process environment.
    ///
    /// ```
    /// # #[cfg(feature = "termii")] {
    /// use std::collections::HashMap;
    ///
    /// let vars = HashMap::from([
    ///     ("TERMII_API_KEY", "k"),
    ///     ("TERMII_SENDER_ID", "Acme"),
    ///     ("OTPKIT_ID_SECRET", "1:a secret of at least 32 random characters"),
    /// ]);
    /// let otp = otpkit::Otp::from_vars(|name| vars.get(name).map(|v| v.to_string()))?;
    /// assert_eq!(otp.capabilities()[0].vendor, otpkit::Vendor::TERMII);
    /// # }
    /// # Ok::<(), otpkit::Error>(())
    /// ```
    pub fn from_vars(vars: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let router = crate::vendors::router(&vars)?;
        Ok(Self::new(router, IdSeal::from_vars(&vars)?))
    }

    /// Sends a code (see [`OtpProvider::send`]) and seals the id the provider issued with the
    /// destination, as [`VerifyRequest::destination`] must name it later.
    pub async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        if !self.seal.is_sealing() {
            return self.provider.send(request).await;
        }
        let destination = destination_of(request);
        // Checked before sending: a code sent whose id cannot be sealed would be lost.
        if destination.len() > MAX_DESTINATION_BYTES {
            return Err(Error::invalid(
                "to",
                format!("is longer than {MAX_DESTINATION_BYTES} bytes"),
            ));
        }
        let mut sent = self.provider.send(request).await?;
        sent.id = self.seal.seal(sent.id, &destination)?;
        Ok(sent)
    }

    /// Checks a code (see [`OtpProvider::verify`]). With a sealing [`IdSeal`], before any
    /// provider is called: the id must open (else [`Error::InvalidInput`] on
    /// `verification_id`), the request must name the destination and it must be the one the id
    /// was sent to (else [`Error::InvalidInput`] on `destination`); an id past
    /// [`IdSeal::max_age`] is [`Outcome::Expired`].
    pub async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
        if !self.seal.is_sealing() {
            return self.provider.verify(request).await;
        }
        let Some(opened) = self.seal.open(request.id())? else {
            return Ok(Outcome::Expired);
        };
        let expected = request.get_destination().ok_or_else(|| {
            Error::invalid(
                "destination",
                "is required: name the number or address your application sent the code to \
                 (VerifyRequest::destination), so that an id sent elsewhere is refused",
            )
        })?;
        if !same_destination(expected, &opened.destination) {
            return Err(Error::invalid(
                "destination",
                "this verification was sent to another destination",
            ));
        }
        let inner = request.opened(opened.id, opened.destination);
        self.provider.verify(&inner).await
    }

    /// Where a sent code is; see [`OtpProvider::status`]. A sealed id is opened first.
    pub async fn status(&self, id: &VerificationId) -> Result<DeliveryReport, Error> {
        if !self.seal.is_sealing() {
            return self.provider.status(id).await;
        }
        match self.seal.open(id)? {
            Some(opened) => self.provider.status(&opened.id).await,
            None => Err(Error::invalid(
                "verification_id",
                "is older than the id seal's max_age",
            )),
        }
    }

    /// The balance with `vendor`; see [`OtpProvider::balance`].
    pub async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
        self.provider.balance(vendor).await
    }

    /// Whether `vendor` is taking requests; see [`OtpProvider::health`].
    pub async fn health(&self, vendor: &Vendor) -> Result<Health, Error> {
        self.provider.health(vendor).await
    }

    /// Every vendor behind this handle and its health, for dashboards: through a
    /// [`Router`](crate::Router), each vendor's circuit breaker; a provider that reports none
    /// answers [`Error::Unsupported`].
    pub async fn health_report(&self) -> Vec<(Vendor, Result<Health, Error>)> {
        let mut report = Vec::new();
        for c in self.capabilities() {
            report.push((c.vendor.clone(), self.health(&c.vendor).await));
        }
        report
    }

    /// What each vendor behind this handle can do.
    pub fn capabilities(&self) -> &[Capabilities] {
        self.provider.capabilities()
    }

    /// The provider behind this handle. Its ids are not sealed: hand none of them out.
    pub fn provider(&self) -> &Arc<dyn OtpProvider> {
        &self.provider
    }

    /// The seal of this handle's ids.
    pub fn id_seal(&self) -> &IdSeal {
        &self.seal
    }
}
