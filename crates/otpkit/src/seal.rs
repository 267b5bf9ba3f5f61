//! Sealed verification ids: what [`Otp`](crate::Otp) hands out instead of a provider's plain
//! id, so that an id a browser gives back is one otpkit issued, for the destination it names,
//! unaltered.
//!
//! A sealed id is AES-256-GCM over the provider's fields, the destination and the issue time,
//! with the vendor's name and the key's id as associated data. The key comes from a secret the
//! application configures (`OTPKIT_ID_SECRET`), through HKDF-SHA256; every replica with the
//! same secret opens every other's ids, after a restart too. Each id has a random 96-bit nonce:
//! NIST SP 800-38D bounds that to 2^32 ids under one key, so rotate the key (a new key id)
//! before a key has sealed four billion ids.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::RngCore;

use crate::error::Error;

use crate::vendor::Vendor;

use crate::verification::VerificationId;

/// The environment variable [`IdSeal::from_env`] reads.
pub const ID_SECRET_VAR: &str = "OTPKIT_ID_SECRET";

/// The fewest characters a secret may have.
const MIN_SECRET_CHARS: usize = 32;
/// The longest key id, in characters.
const MAX_KEY_ID_CHARS: usize = 16;
/// The key id of a secret configured without one.
const DEFAULT_KEY_ID: &str = "1";
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// What the sealed bytes hold before the fields: the issue time and the destination's length.
const HEADER_LEN: usize = 8 + 1;
/// The shortest sealed payload: nonce, header and tag around at least one field byte.
const MIN_SEALED_LEN: usize = NONCE_LEN + HEADER_LEN + 1 + TAG_LEN;
/// How far in the future an issue time may be (clocks of replicas differ a little).
const CLOCK_SKEW: Duration = Duration::from_secs(300);
/// Binds the key derivation and the associated data to this format.
const CONTEXT: &[u8] = b"otpkit verification id v1";

/// The keys that seal the verification ids an [`Otp`](crate::Otp) issues and open the ones it
/// is given back.
///
/// - One key seals new ids; older keys, each with its own id, still open the ids they sealed,
///   so a secret can be rotated without failing verifications in flight.
/// - An id whose seal fails (altered, truncated, made by hand, sealed with a key this seal
///   lacks) is refused before any vendor is called, as an [`Error::InvalidInput`] on
///   `verification_id`; the tag check takes the same time wherever the id differs.
/// - An id older than [`IdSeal::max_age`] (24 hours by default, the longest any vendor keeps a
///   code) is [`Outcome::Expired`](crate::Outcome::Expired) without a vendor call.
///
/// ```
/// use otpkit::IdSeal;
///
/// // Rotating: new ids are sealed with key "2026-12"; ids sealed with key "2026-06" still open.
/// let seal = IdSeal::new("2026-12", "a secret of at least 32 random characters!")?
///     .old_key("2026-06", "the previous secret, also 32 characters or more")?;
/// # let _ = seal;
/// # Ok::<(), otpkit::Error>(())
/// ```
#[derive(Clone)]
pub struct IdSeal {
    keys: Option<Arc<Keys>>,
    max_age: Duration,
}

struct Keys {
    /// The first seals; all open.
    all: Vec<Key>,
}

struct Key {
    id: String,
    cipher: Aes256Gcm,
}

/// A verification id's contents once its seal is opened.
#[derive(Debug)]
pub(crate) struct Opened {
    /// The provider's own id.
    pub id: VerificationId,
    /// Where the code went, as [`normalize_destination`] writes it.
    pub destination: String,
}

impl IdSeal {
    /// A seal whose key `key_id` (1 to 16 ASCII letters, digits, `-` or `_`) is derived from
    /// `secret` (at least 32 characters; 32 random bytes in base64 are best:
    /// `openssl rand -base64 32`). A [`Error::Config`] naming what is wrong otherwise.
    pub fn new(key_id: &str, secret: &str) -> Result<Self, Error> {
        Ok(Self {
            keys: Some(Arc::new(Keys {
                all: vec![Key::derive(key_id, secret)?],
            })),
            max_age: Duration::from_secs(24 * 3600),
        })
    }

    /// Adds an older key that opens the ids it sealed but seals nothing new.
    pub fn old_key(mut self, key_id: &str, secret: &str) -> Result<Self, Error> {
        let key = Key::derive(key_id, secret)?;
        let Some(keys) = self.keys.take() else {
            return Err(Error::Config(
                "an unsealed IdSeal takes no keys: start from IdSeal::new".into(),
            ));
        };
        let mut all: Vec<Key> = keys.all.iter().map(Key::clone_key).collect();
        if all.iter().any(|k| k.id == key.id) {
            return Err(Error::Config(
                format!("two keys have the id `{}`", key.id).into(),
            ));
        }
        all.push(key);
        self.keys = Some(Arc::new(Keys { all }));
        Ok(self)
    }

    /// The seal `OTPKIT_ID_SECRET` configures; see [`IdSeal::from_vars`].
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(crate::config::Vars::process)
    }

    /// The seal configured by the variable `OTPKIT_ID_SECRET`, looked up through `vars`: a
    /// comma-separated list of `KEY_ID:SECRET`, the first sealing new ids and the others only
    /// opening old ones (a lone secret with no `KEY_ID:` has the key id `1`). A
    /// [`Error::Config`] naming the variable when it is missing or wrong: otpkit has no
    /// insecure default (a random key per process would fail every id on another replica or
    /// after a restart); [`IdSeal::insecure_unsealed`] is the explicit way out.
    pub fn from_vars(vars: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let value = crate::config::Vars::new(&vars)
            .get(ID_SECRET_VAR)
            .ok_or_else(|| {
                Error::Config(
                    format!(
                        "{ID_SECRET_VAR} is not set: it seals the verification ids handed to \
                         browsers, so that none can be altered or swapped; set it to the same \
                         secret on every replica, e.g. `{ID_SECRET_VAR}=1:$(openssl rand \
                         -base64 32)`"
                    )
                    .into(),
                )
            })?;
        let mut entries = value.split(',').map(str::trim).filter(|e| !e.is_empty());
        let parse = |entry: &str| match entry.split_once(':') {
            Some((id, secret)) => (id.trim().to_string(), secret.trim().to_string()),
            None => (DEFAULT_KEY_ID.to_string(), entry.to_string()),
        };
        let in_var = |e: Error| match e {
            Error::Config(c) => Error::Config(format!("{ID_SECRET_VAR}: {}", c.message()).into()),
            other => other,
        };
        let (id, secret) = parse(
            entries
                .next()
                .ok_or_else(|| Error::Config(format!("{ID_SECRET_VAR} is empty").into()))?,
        );
        let mut seal = Self::new(&id, &secret).map_err(in_var)?;
        for entry in entries {
            let (id, secret) = parse(entry);
            seal = seal.old_key(&id, &secret).map_err(in_var)?;
        }
        Ok(seal)
    }

    /// No seal: ids are handed out as the provider made them, and anyone holding one can read
    /// and alter it (a pipwave id carries the number), or swap in an id sent to another
    /// number. Only for ids that never leave your server, or for tests.
    pub fn insecure_unsealed() -> Self {
        Self {
            keys: None,
            max_age: Duration::MAX,
        }
    }

    /// How long an id stays valid (default 24 hours; at most 30 days).
    pub fn max_age(mut self, max_age: Duration) -> Self {
        self.max_age = max_age.min(Duration::from_secs(30 * 24 * 3600));
        self
    }

    /// Whether ids are sealed.
    pub fn is_sealing(&self) -> bool {
        self.keys.is_some()
    }

    /// `id` sealed with the current key, bound to `destination` (as [`normalize_destination`]
    /// writes it, at most 255 bytes: [`Otp`](crate::Otp) checks both before sending) and to
    /// now; `id` as it is when this seal is [unsealed](IdSeal::insecure_unsealed).
    pub(crate) fn seal(
        &self,
        id: VerificationId,
        destination: &str,
    ) -> Result<VerificationId, Error> {
        let Some(key) = self.keys.as_ref().and_then(|k| k.all.first()) else {
            return Ok(id);
        };
        let destination_len = u8::try_from(destination.len()).map_err(|_| {
            Error::invalid(
                "to",
                "is longer than 255 bytes, more than any address can be",
            )
        })?;
        let fields = id.fields().join("\n");
        let mut plain = Vec::with_capacity(HEADER_LEN + destination.len() + fields.len());
        plain.extend_from_slice(&unix_secs(SystemTime::now()).to_be_bytes());
        plain.push(destination_len);
        plain.extend_from_slice(destination.as_bytes());
        plain.extend_from_slice(fields.as_bytes());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let aad = associated_data(id.vendor(), &key.id);
        let sealed = key
            .cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: &aad,
                },
            )
            .map_err(|_| Error::Config("the verification id could not be sealed".into()))?;
        let mut bytes = Vec::with_capacity(NONCE_LEN + sealed.len());
        bytes.extend_from_slice(&nonce);
        bytes.extend_from_slice(&sealed);
        VerificationId::sealed(id.vendor().clone(), key.id.clone(), bytes)
    }

    /// Opens a sealed id; `None` for an id older than [`IdSeal::max_age`].
    pub(crate) fn open(&self, id: &VerificationId) -> Result<Option<Opened>, Error> {
        let refused = || {
            Error::invalid(
                "verification_id",
                "its seal does not verify: it was altered, or sealed with a key this Otp does \
                 not have",
            )
        };
        let Some(keys) = &self.keys else {
            return Err(Error::invalid(
                "verification_id",
                "is sealed, but this Otp has no id keys (IdSeal::insecure_unsealed)",
            ));
        };
        let Some((key_id, bytes)) = id.sealed_parts() else {
            return Err(Error::invalid(
                "verification_id",
                "is not sealed: every id this Otp issues is, so this one was made elsewhere",
            ));
        };
        let key = keys
            .all
            .iter()
            .find(|k| k.id == key_id)
            .ok_or_else(refused)?;
        if bytes.len() < MIN_SEALED_LEN {
            return Err(refused());
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        let aad = associated_data(id.vendor(), key_id);
        let plain = key
            .cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| refused())?;
        // Authentic from here on: what follows only fails on a bug, never on input.
        let (issued, rest) = plain.split_at(8);
        let issued = u64::from_be_bytes(issued.try_into().map_err(|_| refused())?);
        let now = unix_secs(SystemTime::now());
        if issued > now.saturating_add(CLOCK_SKEW.as_secs()) {
            return Err(refused());
        }
        if now.saturating_sub(issued) > self.max_age.as_secs() {
            return Ok(None);
        }
        let (&len, rest) = rest.split_first().ok_or_else(refused)?;
        let (destination, fields) = rest
            .split_at_checked(usize::from(len))
            .ok_or_else(refused)?;
        let destination = std::str::from_utf8(destination).map_err(|_| refused())?;
        let fields = std::str::from_utf8(fields).map_err(|_| refused())?;
        Ok(Some(Opened {
            id: VerificationId::new(id.vendor().clone(), fields.split('\n'))?,
            destination: destination.to_string(),
        }))
    }
}

/// The keys are never printed.
impl fmt::Debug for IdSeal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys: Vec<&str> = self
            .keys
            .iter()
            .flat_map(|k| k.all.iter().map(|k| k.id.as_str()))
            .collect();
        f.debug_struct("IdSeal")
            .field("key_ids", &keys)
            .field("max_age", &self.max_age)
            .finish()
    }
}

impl Key {
    fn derive(id: &str, secret: &str) -> Result<Self, Error> {
        if id.is_empty()
            || id.len() > MAX_KEY_ID_CHARS
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(Error::Config(
                format!(
                    "a key id is 1 to {MAX_KEY_ID_CHARS} ASCII letters, digits, `-` or `_`; \
                     `{}` is not",
                    crate::mask::shorten(id)
                )
                .into(),
            ));
        }
        let chars = secret.chars().count();
        if chars < MIN_SECRET_CHARS {
            return Err(Error::Config(
                format!(
                    "key `{id}`'s secret has {chars} characters; use at least \
                     {MIN_SECRET_CHARS} random ones (`openssl rand -base64 32`)"
                )
                .into(),
            ));
        }
        let mut key = [0u8; 32];
        hkdf::Hkdf::<sha2::Sha256>::new(None, secret.as_bytes())
            .expand(CONTEXT, &mut key)
            .map_err(|_| Error::Config("the id key could not be derived".into()))?;
        let cipher = Aes256Gcm::new(&key.into());
        Ok(Self {
            id: id.to_string(),
            cipher,
        })
    }

    fn clone_key(&self) -> Self {
        Self {
            id: self.id.clone(),
            cipher: self.cipher.clone(),
        }
    }
}

/// The vendor's name and the key's id, authenticated with the sealed bytes: an id moved to
/// another vendor's name or key id does not open.
fn associated_data(vendor: &Vendor, key_id: &str) -> Vec<u8> {
    let mut aad = Vec::with_capacity(CONTEXT.len() + vendor.name().len() + key_id.len() + 2);
    aad.extend_from_slice(CONTEXT);
    aad.push(0);
    aad.extend_from_slice(vendor.name().as_bytes());
    aad.push(0);
    aad.extend_from_slice(key_id.as_bytes());
    aad
}

fn unix_secs(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// One way to write a destination, on both sides of a seal: a phone number in `+E.164`
/// (`+234 801 234 5678` and `+2348012345678` are one number), an e-mail address in lower
/// case, anything else trimmed.
pub(crate) fn normalize_destination(text: &str) -> String {
    let text = text.trim();
    if text.contains('@') {
        return text.to_lowercase();
    }
    match crate::phone::Phone::parse(text) {
        Ok(phone) => phone.e164(),
        Err(_) => text.to_string(),
    }
}

/// Where `request` sends, as [`normalize_destination`] writes it, reusing the number the
/// request has already parsed (a router parsed it to pick the route).
pub(crate) fn destination_of(request: &crate::request::SendRequest) -> String {
    let to = request.to().trim();
    if to.contains('@') {
        return to.to_lowercase();
    }
    match request.phone() {
        Ok(phone) => phone.e164(),
        Err(_) => to.to_string(),
    }
}

/// Whether `expected` (as the application writes it) names the destination a seal holds. The
/// common case, the same `+E.164` text, needs no parsing.
pub(crate) fn same_destination(expected: &str, sealed: &str) -> bool {
    let expected = expected.trim();
    expected == sealed || normalize_destination(expected) == sealed
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "0123456789abcdef0123456789abcdef";

    fn plain() -> VerificationId {
        VerificationId::new(
            Vendor::from_static("pipwave"),
            ["164", "u1", "60", "123456789"],
        )
        .unwrap()
    }

    fn open(seal: &IdSeal, id: &VerificationId) -> Result<Opened, Error> {
        seal.open(id).map(|o| o.expect("not expired"))
    }

    #[test]
    fn a_sealed_id_opens_to_its_fields_and_destination_and_hides_them() {
        let seal = IdSeal::new("k1", SECRET).unwrap();
        let sealed = seal
            .seal(plain(), &normalize_destination("+60 12-345 6789"))
            .unwrap();
        let text = sealed.to_string();
        assert!(text.starts_with("pipwave.k1."), "{text}");
        assert!(!text.contains("123456789"), "{text}");
        let parsed: VerificationId = text.parse().unwrap();
        let opened = open(&seal, &parsed).unwrap();
        assert_eq!(opened.id, plain());
        assert_eq!(opened.destination, "+60123456789");
        // A new nonce each time: two seals of one id differ.
        assert_ne!(seal.seal(plain(), "+60123456789").unwrap(), sealed);
    }

    #[test]
    fn every_altered_byte_and_every_other_key_or_vendor_is_refused() {
        let seal = IdSeal::new("k1", SECRET).unwrap();
        let sealed = seal.seal(plain(), "+60123456789").unwrap();
        let (key, bytes) = sealed.sealed_parts().unwrap();
        for i in 0..bytes.len() {
            let mut altered = bytes.to_vec();
            altered[i] ^= 0x01;
            let id = VerificationId::sealed(sealed.vendor().clone(), key.into(), altered).unwrap();
            assert!(open(&seal, &id).is_err(), "byte {i}");
        }
        let truncated =
            VerificationId::sealed(sealed.vendor().clone(), key.into(), bytes[..40].to_vec())
                .unwrap();
        assert!(open(&seal, &truncated).is_err());
        let other_vendor =
            VerificationId::sealed(Vendor::from_static("termii"), key.into(), bytes.to_vec())
                .unwrap();
        assert!(open(&seal, &other_vendor).is_err());
        let other_secret = IdSeal::new("k1", &SECRET.replace('0', "x")).unwrap();
        assert!(open(&other_secret, &sealed).is_err());
        let other_key_id =
            VerificationId::sealed(sealed.vendor().clone(), "k2".into(), bytes.to_vec()).unwrap();
        assert!(open(&seal, &other_key_id).is_err());
        assert!(open(&seal, &plain()).is_err(), "an unsealed id");
    }

    #[test]
    fn an_old_key_opens_what_it_sealed_and_seals_nothing_new() {
        let old = IdSeal::new("old", SECRET).unwrap();
        let by_old = old.seal(plain(), "+60123456789").unwrap();
        let rotated = IdSeal::new("new", &SECRET.replace('a', "b"))
            .unwrap()
            .old_key("old", SECRET)
            .unwrap();
        assert_eq!(open(&rotated, &by_old).unwrap().id, plain());
        let by_new = rotated.seal(plain(), "+60123456789").unwrap();
        assert!(by_new.to_string().starts_with("pipwave.new."));
        assert!(open(&old, &by_new).is_err());
    }

    #[test]
    fn secrets_and_key_ids_are_checked_and_never_printed() {
        for (id, secret) in [
            ("k1", "short"),
            ("", SECRET),
            ("a.b", SECRET),
            ("x".repeat(17).as_str(), SECRET),
        ] {
            assert!(
                matches!(IdSeal::new(id, secret), Err(Error::Config(_))),
                "{id:?}"
            );
        }
        let printed = format!("{:?}", IdSeal::new("k1", SECRET).unwrap());
        assert!(
            !printed.contains(SECRET) && printed.contains("k1"),
            "{printed}"
        );
        assert!(matches!(
            IdSeal::new("k1", SECRET).unwrap().old_key("k1", SECRET),
            Err(Error::Config(_))
        ));
    }

    #[test]
    fn the_variable_is_required_and_lists_keys() {
        let none = IdSeal::from_vars(|_| None).unwrap_err();
        assert!(none.to_string().contains(ID_SECRET_VAR), "{none}");
        let short = IdSeal::from_vars(|_| Some("1:short".into())).unwrap_err();
        assert!(short.to_string().contains(ID_SECRET_VAR), "{short}");
        let value = format!("new:{SECRET}x, old:{SECRET}");
        let seal = IdSeal::from_vars(|_| Some(value.clone())).unwrap();
        assert!(format!("{seal:?}").contains("[\"new\", \"old\"]"));
        let bare = IdSeal::from_vars(|_| Some(SECRET.into())).unwrap();
        assert!(
            bare.seal(plain(), "+60123456789")
                .unwrap()
                .to_string()
                .starts_with("pipwave.1.")
        );
    }

    #[test]
    fn an_id_past_its_max_age_opens_to_nothing() {
        let seal = IdSeal::new("k1", SECRET).unwrap().max_age(Duration::ZERO);
        let sealed = seal.seal(plain(), "+60123456789").unwrap();
        std::thread::sleep(Duration::from_millis(1100));
        assert!(seal.open(&sealed).unwrap().is_none());
    }

    #[test]
    fn destinations_are_written_one_way() {
        assert_eq!(
            normalize_destination(" +234 801 234 5678 "),
            "+2348012345678"
        );
        assert_eq!(normalize_destination("Ada@Example.COM"), "ada@example.com");
        assert_eq!(normalize_destination("device-7"), "device-7");
    }
}
