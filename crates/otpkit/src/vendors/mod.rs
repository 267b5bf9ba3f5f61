//! One adapter per vendor, each behind its cargo feature: the vendor's quirks (field formats,
//! template syntax, how outcomes are reported) and nothing else.

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
