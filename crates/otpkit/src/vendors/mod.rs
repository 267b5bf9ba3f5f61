//! One adapter per vendor, each behind its cargo feature: the vendor's quirks (field formats,
//! template syntax, how outcomes are reported) and nothing else.

/// The [`OtpProvider`](crate::OtpProvider) impl of a built-in adapter: the trait methods call
/// the adapter's own `send_direct` / `verify_direct`, and `into_dispatch` names the adapter so
/// that [`Otp`](crate::Otp) and [`Router`](crate::Router) call those directly, with no boxed
/// future per call.
macro_rules! built_in_provider {
    ($adapter:ident) => {
        #[async_trait::async_trait]
        impl crate::OtpProvider for $adapter {
            fn capabilities(&self) -> &[crate::Capabilities] {
                &self.capabilities
            }

            async fn send(
                &self,
                request: &crate::SendRequest,
            ) -> Result<crate::Verification, crate::Error> {
                self.send_direct(request).await
            }

            async fn verify(
                &self,
                id: &crate::VerificationId,
                code: &str,
            ) -> Result<crate::Outcome, crate::Error> {
                self.verify_direct(id, code).await
            }

            fn into_dispatch(self: std::sync::Arc<Self>) -> crate::dispatch::Dispatch {
                crate::dispatch::Dispatch(crate::dispatch::Inner::$adapter(self))
            }
        }
    };
}
pub(crate) use built_in_provider;

#[cfg(feature = "octopush")]
pub mod octopush;
#[cfg(feature = "pipwave")]
pub mod pipwave;
#[cfg(feature = "shoutout")]
pub mod shoutout;
#[cfg(feature = "termii")]
pub mod termii;

use crate::{Error, Vendor, VerificationId};

/// The fields of `id`, after checking it was issued by `vendor`.
#[allow(dead_code)]
pub(crate) fn fields_of(id: &VerificationId, vendor: Vendor) -> Result<&[String], Error> {
    if id.vendor() != vendor {
        return Err(Error::invalid(
            "verification_id",
            format!("was issued by {}, not {vendor}", id.vendor()),
        ));
    }
    Ok(id.fields())
}
